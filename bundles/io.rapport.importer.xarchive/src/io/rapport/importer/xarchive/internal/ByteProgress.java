package io.rapport.importer.xarchive.internal;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Progress in bytes over several reads of archive files (the reply-chain pass, then the import), and the
 * cancellation check that goes with every report.
 */
final class ByteProgress {
    private static final int TICKS = 1000;
    private final SubMonitor monitor;
    private final long total;
    private long finished;
    private int reported;

    ByteProgress(SubMonitor monitor, long totalBytes) {
        this.monitor = monitor;
        this.total = Math.max(1, totalBytes);
        monitor.setWorkRemaining(TICKS);
    }

    /** @param position bytes read so far of the current file */
    void at(long position) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        int done = (int) Math.min(TICKS, (finished + position) * TICKS / total);
        if (done > reported) {
            monitor.worked(done - reported);
            reported = done;
        }
    }

    /** The current file has been read: its {@code size} bytes count as done. */
    void fileDone(long size) {
        finished += Math.max(0, size);
        at(0);
    }
}
