package io.rapport.app.internal.progress;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.LinkedHashMap;

/**
 * The user-visible Jobs running now and how far each is, for the progress indicator in the status trim. Fed by
 * {@link TrackingProgressProvider} (one monitor per Job) and by the job manager's "done" notifications.
 */
public final class RunningJobs extends JobChangeAdapter {

    /** What the indicator shows of one Job. {@code percent} is -1 when the Job does not know its total. */
    public record Progress(Job job, String name, String task, int percent, boolean cancelling) {
    }

    private final Map<Job, JobMonitor> running = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Oldest first. */
    public List<Progress> snapshot() {
        List<Progress> out = new ArrayList<>();
        synchronized (running) {
            running.forEach((job, monitor) -> out.add(monitor.progress(job)));
        }
        return out;
    }

    JobMonitor track(Job job) {
        JobMonitor monitor = new JobMonitor(this::changed);
        synchronized (running) {
            running.put(job, monitor);
        }
        changed();
        return monitor;
    }

    @Override
    public void done(IJobChangeEvent event) {
        boolean removed;
        synchronized (running) {
            removed = running.remove(event.getJob()) != null;
        }
        if (removed) {
            changed();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
