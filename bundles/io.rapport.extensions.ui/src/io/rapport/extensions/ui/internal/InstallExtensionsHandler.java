package io.rapport.extensions.ui.internal;

import io.rapport.extensions.ExtensionManager;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** Help ▸ Install Extensions: the dialog listing what the sites offer and what is installed. */
public final class InstallExtensionsHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ExtensionManager extensions,
            IWorkbench workbench) {
        new ExtensionsDialog(shell, extensions, new RestartPrompt(workbench)).open();
    }
}
