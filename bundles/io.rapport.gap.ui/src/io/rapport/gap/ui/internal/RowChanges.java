package io.rapport.gap.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.GapModel;
import io.rapport.ui.common.jobs.ProjectTask;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the rows as a project task (a Job holding the project's rule), so that a save never overlaps an import,
 * a report or a close, and saves run in the order they were asked for; a quiet one, since the view reports the
 * save itself. Saving a document changes no data, so nothing else hears of it; the view recomputes its report.
 */
final class RowChanges {
    private final Supplier<EngagementGap> gap;
    private final ProjectTask tasks;

    RowChanges(ProjectSession session, Supplier<EngagementGap> gap, Executor ui) {
        this.gap = gap;
        this.tasks = new ProjectTask(session::store, session.rule(), ProjectSession.JOB_FAMILY, ui).quiet();
    }

    /**
     * Saves {@code model}; then, in the UI thread, {@code saved} runs, or {@code failed} with the message for
     * the user (the project keeps the rows it had).
     */
    void save(String what, GapModel model, Runnable saved, Consumer<String> failed) {
        tasks.run("Saving the gap matrix's rows: " + what, (store, monitor) -> {
            EngagementGap service = gap.get();
            if (service == null) {
                throw new ProjectException("The gap matrix (io.rapport.gap.core) is not installed.");
            }
            try {
                service.save(store, model);
            } catch (ProjectException | RuntimeException e) {
                throw new ProjectException(what + " was not saved: " + e.getMessage(), e);
            }
            return Boolean.TRUE;
        }, done -> saved.run(), failed);
    }
}
