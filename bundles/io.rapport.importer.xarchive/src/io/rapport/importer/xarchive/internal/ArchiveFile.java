package io.rapport.importer.xarchive.internal;

import java.io.IOException;
import java.io.InputStream;

/** One data file of an archive: a file in its {@code data/} folder or an entry of its zip. */
interface ArchiveFile {
    /** How a message names it: the path of a file, {@code archive.zip!data/tweets.js} for an entry. */
    String name();

    /** Uncompressed size in bytes, for progress; -1 if unknown. */
    long size();

    InputStream open() throws IOException;
}
