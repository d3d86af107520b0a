package io.rapport.importer.reddit.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Progress in file bytes (compressed bytes for a .zst, the only size known in advance) and cancellation,
 * checked every {@value #RECORDS_PER_CHECK} records so the check costs nothing per record.
 */
final class ImportPace {
    static final int RECORDS_PER_CHECK = 1024;
    private static final int TICKS = 1000;

    private final SubMonitor progress;
    private final ExportStream export;
    private final long fileSize;
    private int reported;
    private long records;

    ImportPace(IProgressMonitor monitor, ExportStream export, long fileSize) {
        this.progress = SubMonitor.convert(monitor, TICKS);
        this.export = export;
        this.fileSize = Math.max(1, fileSize);
    }

    /** Called once per record read. */
    void recordRead() {
        if (++records % RECORDS_PER_CHECK == 0) {
            check();
        }
    }

    /** @throws OperationCanceledException if the user cancelled */
    void check() {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        int done = (int) Math.min(TICKS, export.fileBytesRead() * TICKS / fileSize);
        if (done > reported) {
            progress.worked(done - reported);
            reported = done;
        }
    }

    long records() {
        return records;
    }

    void done() {
        progress.done();
    }
}
