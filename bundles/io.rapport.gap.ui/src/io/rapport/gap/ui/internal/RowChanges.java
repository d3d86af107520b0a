package io.rapport.gap.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.GapModel;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves the rows in a Job holding the project's rule, so that a save never overlaps an import, a report or a
 * close, and saves run in the order they were asked for. Saving a document changes no data, so nothing else
 * hears of it; the view recomputes its report itself.
 */
final class RowChanges {
    private final ProjectSession session;
    private final Supplier<EngagementGap> gap;
    private final Executor ui;

    RowChanges(ProjectSession session, Supplier<EngagementGap> gap, Executor ui) {
        this.session = session;
        this.gap = gap;
        this.ui = ui;
    }

    /**
     * Saves {@code model}; then, in the UI thread, {@code saved} runs, or {@code failed} with the message for
     * the user (the project keeps the rows it had).
     */
    void save(String what, GapModel model, Runnable saved, Consumer<String> failed) {
        Job job = new Job("Saving the gap matrix's rows: " + what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                EngagementGap service = gap.get();
                Optional<ProjectStore> store = session.store();
                if (service == null || store.isEmpty()) {
                    ui.execute(() -> failed.accept(service == null
                            ? "The gap matrix (io.rapport.gap.core) is not installed." : "No project is open."));
                    return Status.OK_STATUS;
                }
                try {
                    service.save(store.get(), model);
                    ui.execute(saved);
                } catch (ProjectException | RuntimeException e) {
                    ui.execute(() -> failed.accept(what + " was not saved: " + e.getMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectSession.JOB_FAMILY;
            }
        };
        job.setRule(session.rule());
        job.setSystem(true);
        job.schedule();
    }
}
