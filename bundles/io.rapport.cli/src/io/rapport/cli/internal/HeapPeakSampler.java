package io.rapport.cli.internal;

/** Samples the used heap every few milliseconds on a daemon thread and keeps the peak. */
final class HeapPeakSampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapPeakSampler() {
        System.gc();
        thread = new Thread(this::sample, "heap-peak-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            long used = rt.totalMemory() - rt.freeMemory();
            if (used > peak) {
                peak = used;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peak() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
