package io.rapport.importer.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** An opened archive: its files and a stream per file, whether it is a zip on disk or a zip inside another. */
interface Archive {

    /** A file of the archive. @param index its position among all entries, folders included */
    record Entry(int index, String name, long size) {
        String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        String folder() {
            int slash = name.lastIndexOf('/');
            return slash < 0 ? "" : name.substring(0, slash);
        }
    }

    /** How messages name it, e.g. {@code /x/export.zip} or {@code /x/export.zip!/inner.zip}. */
    String displayName();

    /** Its files (not folders), in the order of the archive. */
    List<Entry> files();

    /** The entry's bytes, inflated, held to the limits. */
    InputStream open(Entry entry) throws IOException;
}
