package io.rapport.cycle.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recomputes the dashboard in a Job, never in the UI thread: a new request cancels the one before it, and the
 * result of a request that has been superseded is dropped, so the dashboard always shows its current filter.
 * The Job holds the project's rule (it never overlaps an import or a close, and its sentiment scoring writes
 * safely) and belongs to {@link ProjectSession#JOB_FAMILY} (shutdown cancels it and waits for it). Results
 * reach the {@link Listener} in the UI thread. Call every method in the UI thread.
 */
final class DashboardRefresh {

    /** What the dashboard hears about a computation, in the UI thread. */
    interface Listener {
        void computing(AnalysisFilter filter);

        void computed(DashboardData data);

        void failed(String message);

        void cancelled();

        void noProject();
    }

    private final ProjectSession session;
    private final UISynchronize ui;
    private final Listener listener;
    private Job current;
    private long generation;

    DashboardRefresh(ProjectSession session, UISynchronize ui, Listener listener) {
        this.session = session;
        this.ui = ui;
        this.listener = listener;
    }

    /** Computes the dashboard for {@code filter} after {@code delayMillis} (a burst of filter changes settles). */
    void request(DashboardComputation computation, AnalysisFilter filter, long delayMillis) {
        supersede();
        long requested = generation;
        Job job = new ComputeJob(computation, filter, requested);
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
        listener.computing(filter);
        job.schedule(delayMillis);
    }

    /** Cancels the computation in progress, if any; the listener hears {@link Listener#cancelled()}. */
    void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Cancels the computation in progress without telling the listener (the view goes away, or a new one starts). */
    void supersede() {
        generation++;
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    private void deliver(long requested, Consumer<Listener> result) {
        ui.asyncExec(() -> {
            if (requested == generation) {
                current = null;
                result.accept(listener);
            }
        });
    }

    private final class ComputeJob extends Job {
        private final DashboardComputation computation;
        private final AnalysisFilter filter;
        private final long requested;

        ComputeJob(DashboardComputation computation, AnalysisFilter filter, long requested) {
            super("Computing the engagement dashboard");
            this.computation = computation;
            this.filter = filter;
            this.requested = requested;
            setRule(session.rule());
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Optional<ProjectStore> store = session.store();
            if (store.isEmpty()) {
                deliver(requested, Listener::noProject);
                return Status.OK_STATUS;
            }
            try {
                DashboardData data = computation.compute(store.get(), filter, monitor);
                deliver(requested, l -> l.computed(data));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (ProjectException e) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                // the store's messages are written for users (a missing sentiment model, a damaged project)
                deliver(requested, l -> l.failed(e.getMessage()));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                deliver(requested, l -> l.failed("The dashboard could not be computed: " + e));
                return Status.error(getName() + " failed", e);
            }
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ProjectSession.JOB_FAMILY || family == DashboardRefresh.class;
        }
    }
}
