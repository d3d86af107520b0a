package io.rapport.importer.meta.internal;

import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The two clocks of Meta's files: epoch seconds in downloads, {@code 2019-01-01T10:00:00+0000} in the Graph API. */
final class Times {
    /** Graph API offsets have no colon ({@code +0000}); ISO-8601 with a colon is accepted too. */
    private static final DateTimeFormatter GRAPH = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]xx");
    /** 1 Jan 2004 (Facebook's founding) to 2100: anything outside is milliseconds or garbage, not seconds. */
    private static final long MIN_SECONDS = 1_072_915_200L;
    private static final long MAX_SECONDS = 4_102_444_800L;

    private Times() {
    }

    static Instant epochSeconds(String field, Long value) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        if (value < MIN_SECONDS || value > MAX_SECONDS) {
            throw new BadRecordException("'" + field + "' is not a time in epoch seconds between 2004 and 2100: " + value);
        }
        return Instant.ofEpochSecond(value);
    }

    static Instant graph(String field, String value) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        try {
            return OffsetDateTime.parse(value, GRAPH).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadRecordException("'" + field + "' is not a date-time like 2019-01-01T10:00:00+0000: '"
                        + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
            }
        }
    }
}
