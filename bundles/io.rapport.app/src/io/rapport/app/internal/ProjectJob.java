package io.rapport.app.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.importer.ImportInputException;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectLockedException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A Job that works on the open project: one at a time (the session's rule), cancellable, and reporting the
 * expected failures (project or input problems) to the user as a message instead of a logged stack trace.
 */
public final class ProjectJob extends Job {
    /** The family of every project Job, so that shutdown can cancel and wait for them. */
    public static final Object FAMILY = ProjectSession.JOB_FAMILY;

    /** The work, given the Job's monitor. */
    @FunctionalInterface
    public interface Work {
        void run(IProgressMonitor monitor) throws ProjectException, ImportInputException;
    }

    private final Work work;
    private final String failureTitle;
    private final UserMessages messages;

    public ProjectJob(String name, ProjectSession session, UserMessages messages, String failureTitle, Work work) {
        super(name);
        this.work = work;
        this.failureTitle = failureTitle;
        this.messages = messages;
        setRule(session.rule());
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            work.run(monitor);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ProjectException | ImportInputException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            messages.error(e instanceof ProjectLockedException ? "Project Is Open Elsewhere" : failureTitle,
                    e.getMessage());
            return Status.warning(getName() + ": " + e.getMessage());
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
