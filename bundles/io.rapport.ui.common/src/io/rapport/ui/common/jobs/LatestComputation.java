package io.rapport.ui.common.jobs;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a view shows, computed in a Job and never in the UI thread: a new request cancels the one before it, and
 * the result of a request that has been superseded is dropped, so the view always shows what was asked last.
 * The Job holds the project's scheduling rule (it never overlaps an import or a close) and belongs to the
 * project's Job family (shutdown cancels it and waits for it). Results reach the {@link Listener} in the UI
 * thread. Call every method in the UI thread.
 *
 * @param <R> what one computation delivers
 */
public final class LatestComputation<R> {

    /** One computation, in the Job's thread; cancellable through its monitor. */
    @FunctionalInterface
    public interface Work<R> {
        R compute(ProjectStore store, IProgressMonitor monitor) throws ProjectException;
    }

    /** What the view hears about the computation it asked for last, in the UI thread. */
    public interface Listener<R> {
        void computed(R result);

        /** @param message for the user: the store's messages are written for them */
        void failed(String message);

        void cancelled();

        /** The project was closed meanwhile. */
        void noProject();
    }

    private final String jobName;
    private final Supplier<Optional<ProjectStore>> store;
    private final ISchedulingRule rule;
    private final Object family;
    private final Executor ui;
    private final Listener<R> listener;
    private Job current;
    private long generation;

    /**
     * @param store  the open project's store, if any
     * @param rule   the project's scheduling rule
     * @param family the project's Job family
     * @param ui     runs in the UI thread, asynchronously
     */
    public LatestComputation(String jobName, Supplier<Optional<ProjectStore>> store, ISchedulingRule rule,
            Object family, Executor ui, Listener<R> listener) {
        this.jobName = jobName;
        this.store = store;
        this.rule = rule;
        this.family = family;
        this.ui = ui;
        this.listener = listener;
    }

    /** Computes after {@code delayMillis} (a burst of filter changes settles), superseding any computation. */
    public void request(Work<R> work, long delayMillis) {
        supersede();
        long requested = generation;
        Job job = new ComputeJob(work, requested);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // also reached when the Job is cancelled while it still waits for the project's rule
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    deliver(requested, Listener::cancelled);
                }
            }
        });
        current = job;
        job.schedule(delayMillis);
    }

    /** Cancels the computation in progress, if any; the listener hears {@link Listener#cancelled()}. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Cancels the computation in progress without telling the listener (the view goes away, or a new one starts). */
    public void supersede() {
        generation++;
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** A computation was asked for and has not been delivered yet. */
    public boolean running() {
        return current != null;
    }

    private void deliver(long requested, Consumer<Listener<R>> result) {
        ui.execute(() -> {
            if (requested == generation) {
                current = null;
                result.accept(listener);
            }
        });
    }

    private final class ComputeJob extends Job {
        private final Work<R> work;
        private final long requested;

        ComputeJob(Work<R> work, long requested) {
            super(jobName);
            this.work = work;
            this.requested = requested;
            setRule(rule);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Optional<ProjectStore> open = store.get();
            if (open.isEmpty()) {
                deliver(requested, Listener::noProject);
                return Status.OK_STATUS;
            }
            try {
                R result = work.compute(open.get(), monitor);
                deliver(requested, l -> l.computed(result));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (ProjectException e) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                deliver(requested, l -> l.failed(e.getMessage()));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                deliver(requested, l -> l.failed(getName() + " failed: " + e));
                return Status.error(getName() + " failed", e);
            }
        }

        @Override
        public boolean belongsTo(Object candidate) {
            return candidate == family || candidate == LatestComputation.this;
        }
    }
}
