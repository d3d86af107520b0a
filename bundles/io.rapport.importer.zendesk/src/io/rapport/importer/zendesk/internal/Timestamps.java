package io.rapport.importer.zendesk.internal;

import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Zendesk writes ISO-8601 UTC date-times ({@code 2019-06-03T02:23:47Z}); an offset is accepted too. */
final class Timestamps {
    private Timestamps() {
    }

    static Instant parse(String value, String field) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'" + field + "' is not an ISO-8601 date-time: '" + value + "'");
        }
    }
}
