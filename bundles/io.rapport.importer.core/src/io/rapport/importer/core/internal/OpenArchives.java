package io.rapport.importer.core.internal;

import io.rapport.importer.core.ZipArchive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zips of one import: all closed at the end, and at most {@value #MAX_OPEN} holding a file handle at a time
 * (the least recently used gives its handle back), so that a folder of thousands of zips does not run out of
 * file handles. Reading goes through the units in order, so a handle is reopened at most once per zip.
 */
final class OpenArchives implements AutoCloseable {
    static final int MAX_OPEN = 16;
    private final List<ZipArchive> all = new ArrayList<>();
    private final Map<ZipArchive, Boolean> recent = new LinkedHashMap<>(MAX_OPEN * 2, 0.75f, true);

    synchronized void add(ZipArchive zip) throws IOException {
        all.add(zip);
        use(zip);
    }

    /** The zip is about to be read: it keeps (or gets) its handle; the least recently used may give one back. */
    synchronized void use(ZipArchive zip) throws IOException {
        recent.put(zip, Boolean.TRUE);
        if (recent.size() > MAX_OPEN) {
            ZipArchive eldest = recent.keySet().iterator().next();
            recent.remove(eldest);
            eldest.release(); // keeps the handle if one of its entries is still being read
        }
    }

    @Override
    public synchronized void close() {
        for (ZipArchive z : all) {
            try {
                z.close();
            } catch (IOException e) {
                // nothing was written through it: closing a reader cannot lose data
            }
        }
        all.clear();
        recent.clear();
    }
}
