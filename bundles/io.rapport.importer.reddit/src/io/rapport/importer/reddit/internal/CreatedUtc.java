package io.rapport.importer.reddit.internal;

import io.rapport.importer.core.BadRecordException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reddit's {@code created_utc}: seconds since the epoch, written as an integer ({@code 1595808310}), a float
 * ({@code 1595067967.0}, the API) or a string of either (some Pushshift months). Fractions are kept to the
 * millisecond.
 */
final class CreatedUtc {
    /** Reddit started in 2005; anything before 2000 or after 2200 is a broken value, not a date. */
    private static final long EARLIEST = 946_684_800L;
    private static final long LATEST = 7_258_118_400L;

    private CreatedUtc() {
    }

    static Instant parse(String value) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field 'created_utc'");
        }
        BigDecimal seconds;
        try {
            if (value.length() > 40) {
                throw new NumberFormatException();
            }
            seconds = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRecordException("'created_utc' is not seconds since the epoch: '" + abbreviate(value) + "'");
        }
        if (seconds.compareTo(BigDecimal.valueOf(EARLIEST)) < 0 || seconds.compareTo(BigDecimal.valueOf(LATEST)) > 0) {
            throw new BadRecordException("'created_utc' " + abbreviate(value) + " is not a date between 2000 and 2200");
        }
        long millis = seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return Instant.ofEpochMilli(millis);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
