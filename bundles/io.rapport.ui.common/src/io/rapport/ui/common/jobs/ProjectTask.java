package io.rapport.ui.common.jobs;

import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A user's change of the open project (an import, a saved edit, an export that reads the project) as a Job: it
 * holds the project's scheduling rule, belongs to the project's Job family (shutdown waits for it), shows in the
 * progress view with Cancel, and tells the view the outcome in the UI thread. Unlike {@link LatestComputation},
 * every task runs: a second one waits for the first.
 */
public final class ProjectTask {

    /** The work, in the Job's thread; cancellable through its monitor. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProjectStore store, IProgressMonitor monitor) throws Exception;
    }

    private final Supplier<Optional<ProjectStore>> store;
    private final ISchedulingRule rule;
    private final Object family;
    private final Executor ui;
    private final boolean system;

    /**
     * @param store  the open project's store, if any
     * @param rule   the project's scheduling rule
     * @param family the project's Job family
     * @param ui     runs in the UI thread, asynchronously
     */
    public ProjectTask(Supplier<Optional<ProjectStore>> store, ISchedulingRule rule, Object family, Executor ui) {
        this(store, rule, family, ui, false);
    }

    private ProjectTask(Supplier<Optional<ProjectStore>> store, ISchedulingRule rule, Object family, Executor ui,
            boolean system) {
        this.store = store;
        this.rule = rule;
        this.family = family;
        this.ui = ui;
        this.system = system;
    }

    /** The same tasks as system Jobs, not shown in the progress view: for quick saves the view reports itself. */
    public ProjectTask quiet() {
        return new ProjectTask(store, rule, family, ui, true);
    }

    /**
     * Runs {@code work}; {@code done} hears its result, {@code failed} a message for the user (the exception's own,
     * which the store and the services write for users; "No project is open."; or that it was cancelled).
     */
    public <T> void run(String name, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Optional<ProjectStore> open = store.get();
                if (open.isEmpty()) {
                    ui.execute(() -> failed.accept("No project is open."));
                    return Status.OK_STATUS;
                }
                try {
                    T result = work.run(open.get(), monitor);
                    ui.execute(() -> done.accept(result));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    ui.execute(() -> failed.accept(name + " was cancelled."));
                    return Status.CANCEL_STATUS;
                } catch (Exception e) {
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    ui.execute(() -> failed.accept(message));
                    return e instanceof RuntimeException ? Status.error(name + " failed", e) : Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object candidate) {
                return candidate == family;
            }
        };
        job.setRule(rule);
        if (system) {
            job.setSystem(true);
        } else {
            job.setUser(true);
        }
        job.schedule();
    }
}
