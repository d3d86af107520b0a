package io.rapport.app.internal.handlers;

import io.rapport.app.internal.dialogs.AboutDialog;
import io.rapport.app.internal.dialogs.AboutInfo;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** Help ▸ About Rapport. */
public final class AboutHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new AboutDialog(shell, AboutInfo.of(FrameworkUtil.getBundle(AboutHandler.class).getBundleContext())).open();
    }
}
