package io.rapport.app.internal.progress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * Gives every user-visible Job a monitor that {@link RunningJobs} can show and cancel. (The 3.x progress
 * service does this in the IDE; a pure e4 workbench has none.)
 */
public final class TrackingProgressProvider extends ProgressProvider {
    private final RunningJobs running;

    public TrackingProgressProvider(RunningJobs running) {
        this.running = running;
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        return job.isSystem() ? new NullProgressMonitor() : running.track(job);
    }
}
