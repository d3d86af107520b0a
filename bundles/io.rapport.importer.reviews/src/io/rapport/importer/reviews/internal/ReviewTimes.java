package io.rapport.importer.reviews.internal;

import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The two ways review sources give a time: epoch milliseconds (Play) and ISO-8601 with an offset (the APIs). */
final class ReviewTimes {
    /** 1990 to 2200: anything outside is a wrong column or unit (seconds, microseconds), not a review time. */
    private static final long MIN_MILLIS = 631_152_000_000L;
    private static final long MAX_MILLIS = 7_258_118_400_000L;

    private ReviewTimes() {
    }

    static Instant isoOffset(String value, String field) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'" + field + "' is not an ISO-8601 date-time with offset: '" + cut(value) + "'");
        }
    }

    static Instant millis(String value, String field) throws BadRecordException {
        long ms;
        try {
            ms = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRecordException("'" + field + "' is not a number of milliseconds: '" + cut(value) + "'");
        }
        if (ms < MIN_MILLIS || ms > MAX_MILLIS) {
            throw new BadRecordException("'" + field + "' is out of range for milliseconds since 1970: " + ms);
        }
        return Instant.ofEpochMilli(ms);
    }

    /** Reasons quote values; a garbage value must not flood the import log. */
    static String cut(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
