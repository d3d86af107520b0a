package io.rapport.app.internal.handlers;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.dialogs.ImportDialog;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ProjectSettings;

import jakarta.inject.Named;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File ▸ Import…: files or folders, a format (or recognition by file name), strict or not; runs as a Job. */
public final class ImportHandler {
    /** How many records of each file the import dialog previews. */
    private static final int PREVIEW_RECORDS = 10;

    @CanExecute
    boolean canExecute(ProjectSession session) {
        return session.overview().isPresent();
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectSession session, ProjectJobs jobs,
            @Service ImporterRegistry registry, @Service ImportService importer) {
        String project = session.overview().map(o -> o.name()).orElse("");
        ProjectOverview overview = session.overview().orElseThrow();
        ImportDialog dialog = new ImportDialog(shell, project, overview.directory(), registry.descriptors(),
                request -> importer.preview(request, PREVIEW_RECORDS, new NullProgressMonitor()),
                !overview.settings().ourAccounts().isEmpty());
        if (dialog.open() == Window.OK) {
            if (!dialog.ourAccountsToAdd().isEmpty()) {
                // before the import (the two Jobs run in order under the project's rule): its replies are ours
                ProjectSettings settings = overview.settings();
                java.util.List<AccountRef> accounts = new java.util.ArrayList<>(settings.ourAccounts());
                dialog.ourAccountsToAdd().stream().filter(a -> !accounts.contains(a)).forEach(accounts::add);
                jobs.saveSettings(new ProjectSettings(settings.name(), accounts, settings.staff(),
                        settings.spaces()));
            }
            jobs.importFiles(dialog.request(), importer);
        }
    }
}
