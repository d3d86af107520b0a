package io.rapport.importer.reddit.internal;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Run in a separate JVM with a small heap: reads a dump through the importer into a counting sink and prints
 * what it read and the peak heap. The store's own streaming is tested in the store's fragment.
 */
public final class StreamingChild {
    private StreamingChild() {
    }

    public static void main(String[] args) throws Exception {
        long[] counts = new long[3];
        ImportSink sink = new ImportSink() {
            @Override
            public void accept(Interaction interaction, String raw, long line, long offset) {
                counts[0]++;
                counts[2] += raw.length();
            }

            @Override
            public void reject(long line, long offset, String reason) {
                counts[1]++;
                System.out.println("rejected " + line + " " + offset + " " + reason);
            }
        };
        new RedditImporter().read(ImportInput.of(Path.of(args[0])), sink, new NullProgressMonitor());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("read " + counts[0] + " " + counts[1] + " " + counts[2] + " " + (peak >> 20));
    }
}
