package io.rapport.extensions.ui.internal;

import io.rapport.extensions.ExtensionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import java.util.function.Consumer;

/**
 * One extension operation in a user Job (progress and Cancel in the workbench's progress area), its outcome
 * handed back to the UI thread while the control that asked is still there.
 */
final class ExtensionJob {
    /** The operation, in the Job's thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(IProgressMonitor monitor) throws ExtensionException;
    }

    private ExtensionJob() {
    }

    static <T> void schedule(String name, Control owner, Work<T> work, Consumer<T> done,
            Consumer<ExtensionException> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.run(monitor);
                deliver(owner, () -> done.accept(result));
                return Status.OK_STATUS;
            } catch (ExtensionException e) {
                deliver(owner, () -> failed.accept(e));
                return Status.OK_STATUS; // reported in the dialog, not again by the job framework
            } catch (OperationCanceledException e) {
                deliver(owner, () -> failed.accept(new ExtensionException("cancelled; nothing was changed")));
                return Status.CANCEL_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private static void deliver(Control owner, Runnable r) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    /** The status of a failure, for dialogs. */
    static IStatus status(ExtensionException e) {
        return Status.error(e.getMessage(), e);
    }
}
