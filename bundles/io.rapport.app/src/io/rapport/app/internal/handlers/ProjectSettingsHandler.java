package io.rapport.app.internal.handlers;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.dialogs.ProjectSettingsDialog;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File ▸ Project Settings… (and double-click on Settings in the explorer): accounts, staff and spaces. */
public final class ProjectSettingsHandler {
    @CanExecute
    boolean canExecute(ProjectSession session) {
        return session.overview().isPresent();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session, ProjectJobs jobs) {
        ProjectOverview overview = session.overview().orElse(null);
        if (overview == null) {
            return;
        }
        ProjectSettingsDialog dialog = new ProjectSettingsDialog(shell, overview.settings());
        if (dialog.open() == Window.OK && !dialog.settings().equals(overview.settings())) {
            jobs.saveSettings(dialog.settings());
        }
    }
}
