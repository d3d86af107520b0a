package io.rapport.importer.core.internal;

import io.rapport.importer.core.ZipArchive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** A zip on disk, read in place through its directory; its file handle is shared through the plan's pool. */
final class ZipFileArchive implements Archive {
    private final ZipArchive zip;
    private final OpenArchives pool;
    private final List<ZipArchive.Entry> zipEntries;
    private final List<Entry> files = new ArrayList<>();

    ZipFileArchive(ZipArchive zip, OpenArchives pool) {
        this.zip = zip;
        this.pool = pool;
        this.zipEntries = zip.entries();
        for (int i = 0; i < zipEntries.size(); i++) {
            ZipArchive.Entry e = zipEntries.get(i);
            files.add(new Entry(i, e.name(), e.size()));
        }
    }

    @Override
    public String displayName() {
        return zip.name();
    }

    @Override
    public List<Entry> files() {
        return files;
    }

    @Override
    public InputStream open(Entry entry) throws IOException {
        pool.use(zip);
        return zip.open(zipEntries.get(entry.index()));
    }
}
