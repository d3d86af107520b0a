package io.rapport.importer.xarchive.internal;

import java.io.IOException;

/**
 * A file or zip that is not (or no longer) an X archive as this importer knows it: wrong wrapper, unsafe zip,
 * no account information. The import service reports the message, which names the file and, where it helps,
 * the byte offset, as the reason nothing was imported.
 */
final class ArchiveFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    ArchiveFormatException(String message) {
        super(message);
    }
}
