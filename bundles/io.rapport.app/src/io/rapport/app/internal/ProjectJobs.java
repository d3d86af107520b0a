package io.rapport.app.internal;

import io.rapport.app.AppIds;
import io.rapport.app.ProjectSession;
import io.rapport.app.internal.dialogs.ImportResultDialog;
import io.rapport.app.internal.handlers.PartOpener;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.sample.SampleProjects;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;

import java.nio.file.Path;

/** Starts the long project operations as {@link ProjectJob}s: open, create, sample, import, settings, close. */
@Creatable
public final class ProjectJobs {
    private final ProjectSession session;
    private final UserMessages messages;
    private final UISynchronize ui;
    private final PartOpener parts;

    @Inject
    public ProjectJobs(ProjectSession session, UserMessages messages, UISynchronize ui, PartOpener parts) {
        this.session = session;
        this.messages = messages;
        this.ui = ui;
        this.parts = parts;
    }

    public Job open(Path directory) {
        return schedule("Opening project " + directory.getFileName(), "Cannot Open Project",
                monitor -> session.open(directory, monitor));
    }

    public Job create(Path directory, ProjectSettings settings) {
        return schedule("Creating project " + settings.name(), "Cannot Create Project",
                monitor -> session.create(directory, settings, monitor));
    }

    /** Opens the sample project in {@code directory}, writing it first if it is not there yet. */
    public Job openSample(Path directory, SampleProjects samples) {
        return schedule("Opening the sample project", "Cannot Open the Sample Project", monitor -> {
            if (new ProjectLayout(directory).isProject()) {
                session.open(directory, monitor);
                return;
            }
            SubMonitor progress = SubMonitor.convert(monitor, "Writing the sample project", 10);
            ProjectStore created = samples.create(directory, progress.split(8));
            session.attach(created, progress.split(2));
        });
    }

    public Job importFiles(ImportRequest request, ImportService importer) {
        return schedule("Importing " + request.inputs().size() + " input(s)", "Import Failed", monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Importing", 20);
            ProjectStore store = session.store().orElseThrow(() -> new ProjectException("No project is open"));
            ImportReport report;
            try {
                report = importer.importFiles(store, request, progress.split(19));
            } catch (OperationCanceledException e) {
                ui.asyncExec(() -> MessageDialog.openInformation(messages.shell(), "Import Cancelled",
                        "The import was cancelled. Nothing was imported: the project is as it was."));
                throw e;
            }
            if (report.committed()) {
                session.refresh(progress.split(1));
            }
            ui.asyncExec(() -> new ImportResultDialog(messages.shell(), report,
                    () -> parts.show(AppIds.IMPORT_LOG)).open());
        });
    }

    public Job saveSettings(ProjectSettings settings) {
        return schedule("Saving the project settings", "Cannot Save the Settings", monitor -> {
            ProjectStore store = session.store().orElseThrow(() -> new ProjectException("No project is open"));
            store.updateSettings(settings);
            session.refresh(monitor);
        });
    }

    public Job close() {
        return schedule("Closing project", "Cannot Close Project", monitor -> session.close());
    }

    private Job schedule(String name, String failureTitle, ProjectJob.Work work) {
        Job job = new ProjectJob(name, session, messages, failureTitle, work);
        job.schedule();
        return job;
    }
}
