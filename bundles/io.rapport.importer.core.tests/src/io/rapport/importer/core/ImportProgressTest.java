package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

class ImportProgressTest {
    /** Sums the work reported; cancellation is set by the test. */
    private static final class Recorder extends NullProgressMonitor {
        int total;
        int worked;
        int checks;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public void internalWorked(double work) {
            worked += (int) Math.round(work);
        }

        @Override
        public boolean isCanceled() {
            checks++;
            return super.isCanceled();
        }
    }

    @Test
    void reportsBytesReadEveryThousandRecordsOrSo() {
        Recorder m = new Recorder();
        ImportProgress p = new ImportProgress(m, 10_000);
        for (long n = 1; n < ImportProgress.RECORDS_PER_CHECK; n++) {
            p.record(n, 5_000);
        }
        assertEquals(0, m.checks, "no check between checkpoints");
        p.record(ImportProgress.RECORDS_PER_CHECK, 5_000);
        assertEquals(1, m.checks);
        assertEquals(m.total / 2, m.worked);
    }

    @Test
    void filesAddUpAndProgressNeverGoesBack() {
        Recorder m = new Recorder();
        ImportProgress p = new ImportProgress(m, 400);
        p.at(100);
        p.fileDone(100);
        p.at(50);
        assertEquals(m.total * 150 / 400, m.worked);
        p.at(10);
        assertEquals(m.total * 150 / 400, m.worked);
        p.at(10_000);
        assertEquals(m.total, m.worked, "capped at the total");
    }

    @Test
    void cancellationIsNoticedAtTheNextCheckpoint() {
        Recorder m = new Recorder();
        ImportProgress p = new ImportProgress(m, 100);
        m.setCanceled(true);
        p.record(1, 1);
        assertThrows(OperationCanceledException.class, () -> p.record(ImportProgress.RECORDS_PER_CHECK * 3L, 1));
        assertThrows(OperationCanceledException.class, p::checkCanceled);
    }
}
