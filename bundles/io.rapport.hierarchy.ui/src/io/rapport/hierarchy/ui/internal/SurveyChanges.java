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
import io.rapport.ui.common.jobs.ProjectTask;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

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
    private final ProjectTask tasks;

    SurveyChanges(ProjectSession session, Supplier<SurveyImporter> surveys, Executor ui) {
        this.session = session;
        this.surveys = surveys;
        this.tasks = new ProjectTask(session::store, session.rule(), ProjectSession.JOB_FAMILY, ui);
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
        SurveyImporter importer = surveys.get();
        if (importer == null) {
            outcome.failed("The survey bundle (io.rapport.hierarchy.core) is not installed.");
            return;
        }
        tasks.run(name, (store, monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, name, 10);
            SurveyImportReport report = change.apply(importer, store, progress.split(8));
            session.refresh(progress.split(2));
            return report;
        }, outcome::done, outcome::failed);
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
