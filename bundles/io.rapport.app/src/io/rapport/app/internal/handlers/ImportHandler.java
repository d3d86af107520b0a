package io.rapport.app.internal.handlers;

import io.rapport.app.ProjectSession;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.dialogs.ImportDialog;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File ▸ Import…: files or folders, a format (or recognition by file name), strict or not; runs as a Job. */
public final class ImportHandler {
    @CanExecute
    boolean canExecute(ProjectSession session) {
        return session.overview().isPresent();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session, ProjectJobs jobs,
            @Service ImporterRegistry registry, @Service ImportService importer) {
        String project = session.overview().map(o -> o.name()).orElse("");
        ImportDialog dialog = new ImportDialog(shell, project, session.overview().orElseThrow().directory(),
                registry.descriptors());
        if (dialog.open() == Window.OK) {
            jobs.importFiles(dialog.request(), importer);
        }
    }
}
