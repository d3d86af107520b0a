package io.rapport.app.internal.progress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** Records what a Job reports (task, sub-task, work done) and whether the user cancelled it. */
final class JobMonitor implements IProgressMonitor {
    private final Runnable onChange;
    private volatile String task = "";
    private volatile String subTask = "";
    private volatile int total = IProgressMonitor.UNKNOWN;
    private volatile double worked;
    private volatile int lastPercent = -1;
    private volatile boolean canceled;

    JobMonitor(Runnable onChange) {
        this.onChange = onChange;
    }

    RunningJobs.Progress progress(Job job) {
        String shown = subTask.isEmpty() ? task : task.isEmpty() ? subTask : task + ": " + subTask;
        return new RunningJobs.Progress(job, job.getName(), shown, percent(), canceled);
    }

    private int percent() {
        return total <= 0 ? -1 : (int) Math.min(100, Math.round(worked * 100 / total));
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        worked = 0;
        onChange.run();
    }

    @Override
    public void done() {
        worked = total;
        onChange.run();
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        int p = percent();
        // monitors are called for every few kilobytes: only a visible change is worth a repaint
        if (p != lastPercent) {
            lastPercent = p;
            onChange.run();
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
        onChange.run();
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        onChange.run();
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        onChange.run();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }
}
