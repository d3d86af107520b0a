package io.rapport.importer.core;

import io.rapport.core.store.RecordError;

import java.nio.charset.StandardCharsets;

/** The text of a rejected record for the Import Log: decoded leniently, and no longer than the store keeps. */
public final class RawText {
    private RawText() {
    }

    /**
     * Decodes {@code len} bytes at {@code off} as UTF-8 (invalid bytes become U+FFFD, so a record rejected for
     * its encoding can still be shown), decoding no more than what {@link RecordError} keeps.
     */
    public static String of(byte[] buf, int off, int len) {
        // a UTF-8 character has at most 4 bytes: this many bytes give at least MAX_RAW_CHARS characters
        int keep = (int) Math.min(len, 4L * RecordError.MAX_RAW_CHARS + 4);
        return new String(buf, off, keep, StandardCharsets.UTF_8);
    }
}
