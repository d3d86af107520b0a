package io.rapport.core.importer;

import io.rapport.core.importer.internal.PlainFileInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One thing to import: a file, an entry of an archive, or the content of a compressed file. The import service
 * finds them in the files, folders, {@code .zip}, {@code .gz} and {@code .zst} files it is given; an importer
 * only reads the bytes {@link #open()} delivers (decompressed) and looks at {@link #fileName()}. {@link #open()}
 * may be called more than once (e.g. to sniff, then read, or for a second pass); every call streams from the
 * start, so nothing is ever held in memory or unpacked to disk.
 */
public interface ImportInput {

    /** A file on disk, read as it is. */
    static ImportInput of(Path file) {
        return new PlainFileInput(file);
    }

    /**
     * A short label from a {@link #displayName()}: the file's name without its folders and, for an archive
     * entry, the archive's name with the entry ({@code export.zip!/data/a.jsonl} for
     * {@code /exports/export.zip!/data/a.jsonl}), as lists of datasets show them.
     */
    static String shortName(String displayName) {
        int bang = displayName.indexOf("!/");
        String file = bang < 0 ? displayName : displayName.substring(0, bang);
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
        return displayName.substring(slash + 1);
    }

    /**
     * How reports, datasets and messages name it: the file's path, or the archive's path and the entry, as in
     * {@code /exports/export.zip!/data/comments.jsonl} (a compressed file is named as it is on disk).
     */
    String displayName();

    /**
     * The name that says what it is, for file patterns and format decisions: the file or entry name without
     * its folders and without a {@code .gz}/{@code .zst} suffix of content that is handed over decompressed
     * ({@code comments.jsonl} for {@code export.zip!/data/comments.jsonl.gz}).
     */
    String fileName();

    /**
     * The bytes {@link #open()} delivers, for progress; an estimate when that is only known after reading (a
     * compressed file's content), never a limit. Not negative.
     */
    long size();

    /** A new stream over the content, from its first byte. */
    InputStream open() throws IOException;

    /**
     * The file on disk when this input is one, read as it is (not an archive entry, not decompressed): for
     * importers that need random access, like an account archive's zip read through its central directory.
     */
    Optional<Path> file();

    /**
     * The other files of the folder it is in, or of its folder in the archive it is an entry of (not
     * recursively; archives among them are not opened), e.g. the {@code account.js} an account archive's
     * {@code tweets.js} needs. Empty when it has no folder, like a compressed file's content.
     */
    List<ImportInput> siblings() throws IOException;
}
