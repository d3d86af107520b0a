package io.rapport.importer.reddit.internal;

import java.io.IOException;

/**
 * The zstd stream of a {@code .zst} dump is damaged or truncated. Distinguished from other I/O errors so that
 * the records decoded before the damage are kept and the damage becomes one rejection with its position.
 */
final class CorruptCompressedDataException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptCompressedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
