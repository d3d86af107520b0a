package io.rapport.app.internal.handlers;

import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.dialogs.NewProjectDialog;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File ▸ New Project…: directory, name and optional first accounts; the project is created and opened. */
public final class NewProjectHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectJobs jobs) {
        NewProjectDialog dialog = new NewProjectDialog(shell);
        if (dialog.open() == Window.OK) {
            jobs.create(dialog.directory(), dialog.settings());
        }
    }
}
