package io.rapport.app.internal.handlers;

import io.rapport.app.internal.ProjectJobs;
import io.rapport.core.project.ProjectLayout;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Path;

/** File ▸ Open Project…: a directory that holds a project; opening it closes the open one. */
public final class OpenProjectHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectJobs jobs) {
        DirectoryDialog chooser = new DirectoryDialog(shell);
        chooser.setText("Open Project");
        chooser.setMessage("Choose the directory of a Rapport project (it holds " + ProjectLayout.SETTINGS_FILE + ")");
        while (true) {
            String chosen = chooser.open();
            if (chosen == null) {
                return;
            }
            ProjectLayout layout = new ProjectLayout(Path.of(chosen));
            if (layout.isProject()) {
                jobs.open(layout.directory());
                return;
            }
            MessageDialog.openError(shell, "Not a Rapport Project", layout.directory()
                    + " is not a Rapport project: it has no " + ProjectLayout.SETTINGS_FILE
                    + ".\n\nChoose the project's own directory, or create a project with File \u25b8 New Project\u2026");
            chooser.setFilterPath(chosen);
        }
    }
}
