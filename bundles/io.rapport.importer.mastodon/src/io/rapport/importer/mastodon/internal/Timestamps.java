package io.rapport.importer.mastodon.internal;

import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** ActivityStreams {@code published} and Mastodon {@code created_at} are ISO-8601 date-times with an offset. */
final class Timestamps {
    private Timestamps() {
    }

    static Instant parse(String value, String field) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        try {
            return Instant.parse(value.strip()); // ISO_INSTANT accepts 'Z' and numeric offsets since Java 12
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'" + field + "' is not an ISO-8601 date-time with offset: '" + value + "'");
        }
    }
}
