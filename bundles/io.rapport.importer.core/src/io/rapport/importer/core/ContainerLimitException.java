package io.rapport.importer.core;

import java.io.IOException;

/**
 * An archive or compressed file refused by a {@linkplain ContainerLimits safety limit}. The message is one line
 * naming the file, the entry and the limit, e.g. {@code /x/export.zip: refused: entry 'data/a.jsonl' inflates
 * more than 100 times its compressed size (the limit past 4 MiB; a zip bomb?)}.
 */
public final class ContainerLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    public ContainerLimitException(String message) {
        super(message);
    }
}
