package io.rapport.app.internal.handlers;

import io.rapport.app.AppIds;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.session.RecentProjects;
import io.rapport.core.project.ProjectLayout;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Path;

/** File ▸ Recent Projects ▸ (project). */
public final class OpenRecentHandler {
    @Execute
    void execute(@Named(AppIds.PARAMETER_PROJECT_DIR) String directory,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectJobs jobs, RecentProjects recent) {
        Path dir = Path.of(directory);
        if (!new ProjectLayout(dir).isProject()) {
            recent.remove(dir);
            MessageDialog.openError(shell, "Project Not Found", dir + " no longer holds a Rapport project; "
                    + "it was removed from the recent projects.");
            return;
        }
        jobs.open(dir);
    }
}
