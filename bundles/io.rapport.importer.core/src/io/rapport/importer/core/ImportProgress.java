package io.rapport.importer.core;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Progress of one import in bytes (the only size known before reading: records are counted as they come), and
 * the cancellation check that goes with every report. Checking every {@value #RECORDS_PER_CHECK} records keeps
 * its cost out of the per-record path. Several files (or passes) can share one instance: the bytes of each are
 * added with {@link #fileDone(long)}.
 */
public final class ImportProgress {
    /** How often (in records) {@link #record(long, long)} checks for cancellation and reports progress. */
    public static final int RECORDS_PER_CHECK = 1024;
    private static final int TICKS = 1000;

    private final SubMonitor monitor;
    private final long total;
    private long finished;
    private int reported;

    /** @param totalBytes the bytes all files of this import will read, e.g. the sum of their sizes */
    public ImportProgress(IProgressMonitor monitor, long totalBytes) {
        this.monitor = SubMonitor.convert(monitor, TICKS);
        this.total = Math.max(1, totalBytes);
    }

    /**
     * Record {@code number} (1-based) has been read and the current file is at byte {@code position}: every
     * {@value #RECORDS_PER_CHECK}th record this checks for cancellation and reports progress.
     *
     * @throws OperationCanceledException if the user cancelled
     */
    public void record(long number, long position) {
        if (number % RECORDS_PER_CHECK == 0) {
            at(position);
        }
    }

    /**
     * Reports that the current file has been read up to byte {@code position}.
     *
     * @throws OperationCanceledException if the user cancelled
     */
    public void at(long position) {
        checkCanceled();
        int done = (int) Math.min(TICKS, (finished + position) * TICKS / total);
        if (done > reported) {
            monitor.worked(done - reported);
            reported = done;
        }
    }

    /** @throws OperationCanceledException if the user cancelled */
    public void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The current file has been read: its {@code size} bytes count as done, and the next file starts at 0. */
    public void fileDone(long size) {
        finished += Math.max(0, size);
        at(0);
    }

    public void done() {
        monitor.done();
    }
}
