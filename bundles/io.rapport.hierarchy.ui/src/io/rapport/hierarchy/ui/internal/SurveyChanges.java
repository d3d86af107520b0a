package io.rapport.hierarchy.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Changes the project's survey in Jobs holding the project's rule: an import of responses (and perhaps an
 * instrument), or the instrument saved from the editor. One transaction each: a failure or a cancellation leaves
 * the survey as it was. Afterwards the session is refreshed, so every view hears that the project changed.
 */
final class SurveyChanges {
    /** How a change ended, told in the UI thread. */
    interface Outcome {
        void done(SurveyImportReport report);

        /** @param message for the user, naming the file and the reason */
        void failed(String message);
    }

    private final ProjectSession session;
    private final Supplier<SurveyImporter> surveys;
    private final Executor ui;

    SurveyChanges(ProjectSession session, Supplier<SurveyImporter> surveys, Executor ui) {
        this.session = session;
        this.surveys = surveys;
        this.ui = ui;
    }

    void importSurvey(SurveyImportDialog.Request request, Outcome outcome) {
        run("Importing the survey", outcome, (importer, store, monitor) -> importer.importSurvey(store,
                new SurveyImportRequest(request.instrument(), request.responses(), request.mapping(),
                        request.replace(), request.strict()), monitor));
    }

    void saveInstrument(InstrumentFile edited, Outcome outcome) {
        run("Saving the instrument", outcome, (importer, store, monitor) -> importer.importSurvey(store,
                new SurveyImportRequest(edited, null, null, false, false), monitor));
    }

    /** One change of the survey. */
    @FunctionalInterface
    private interface Change {
        SurveyImportReport apply(SurveyImporter importer, ProjectStore store, IProgressMonitor monitor)
                throws SurveyInputException, ProjectException;
    }

    private void run(String name, Outcome outcome, Change change) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, name, 10);
                SurveyImporter importer = surveys.get();
                Optional<ProjectStore> store = session.store();
                if (importer == null || store.isEmpty()) {
                    tell(outcome, importer == null ? "The survey bundle (io.rapport.hierarchy.core) is not installed."
                            : "No project is open.");
                    return Status.OK_STATUS;
                }
                try {
                    SurveyImportReport report = change.apply(importer, store.get(), progress.split(8));
                    session.refresh(progress.split(2));
                    ui.execute(() -> outcome.done(report));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    tell(outcome, name + " was cancelled: the survey is as it was.");
                    return Status.CANCEL_STATUS;
                } catch (SurveyInputException | ProjectException e) {
                    tell(outcome, e.getMessage());
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectSession.JOB_FAMILY;
            }
        };
        job.setRule(session.rule());
        job.setUser(true);
        job.schedule();
    }

    private void tell(Outcome outcome, String message) {
        ui.execute(() -> outcome.failed(message));
    }

    /** A summary of an import for a message box: counts, then the first rejected rows with their reasons. */
    static String summary(SurveyImportReport report) {
        StringBuilder text = new StringBuilder();
        if (!report.committed()) {
            text.append("Nothing was imported: rows were rejected and the import was strict.\n\n");
        }
        if (report.instrumentReplaced()) {
            text.append("Instrument: ").append(report.instrument()).append('\n');
        }
        if (report.removed() > 0) {
            text.append("Respondents removed (replaced survey): ").append(Texts.count(report.removed())).append('\n');
        }
        SurveyImportReport.Responses r = report.responses();
        if (r != null) {
            text.append(r.file()).append(" (").append(r.encoding()).append("): ").append(Texts.count(r.rows()))
                    .append(" rows, ").append(Texts.count(r.added())).append(" respondents added, ")
                    .append(Texts.count(r.replaced())).append(" replaced, ").append(Texts.count(r.rejected()))
                    .append(" rejected, ").append(Texts.count(r.partial())).append(" with blank answers\n");
            int shown = 0;
            for (RecordError e : r.errors()) {
                if (shown++ == 10) {
                    text.append("\u2026 and ").append(Texts.count(r.rejected() - 10)).append(" more\n");
                    break;
                }
                text.append("  row ").append(e.line()).append(": ").append(e.reason()).append('\n');
            }
        }
        return text.toString();
    }
}
