package io.rapport.importer.csv.internal;

import io.rapport.importer.core.IsoInstant;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads a timestamp cell: in a {@link DateTimeFormatter} pattern when the mapping gives one, else ISO-8601
 * (with or without offset, {@code T} or a space between date and time, or a date alone) or epoch seconds or
 * milliseconds (told apart by size: 12 digits and more are milliseconds, i.e. after 1973 for milliseconds
 * and before the year 5138 for seconds). Local times are in the mapping's zone, UTC by default.
 */
final class TimestampRule {
    static final String EPOCH_SECONDS = "epoch_seconds";
    static final String EPOCH_MILLIS = "epoch_millis";

    private final String format;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    /**
     * @throws IllegalArgumentException naming the bad pattern or zone
     */
    TimestampRule(String format, String zone) {
        this.format = format;
        this.formatter = format == null || format.equals(EPOCH_SECONDS) || format.equals(EPOCH_MILLIS) ? null
                : pattern(format);
        this.zone = zone == null ? ZoneOffset.UTC : zone(zone);
    }

    static DateTimeFormatter pattern(String format) {
        try {
            return DateTimeFormatter.ofPattern(format, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date-time pattern: '" + format + "' (" + e.getMessage()
                    + "); e.g. dd/MM/yyyy HH:mm, or epoch_seconds, epoch_millis");
        }
    }

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (e.g. UTC, Europe/London, +02:00)");
        }
    }

    /** @throws IllegalArgumentException saying what was expected */
    Instant parse(String cell) {
        String v = cell.strip();
        if (EPOCH_SECONDS.equals(format) || EPOCH_MILLIS.equals(format)) {
            return epoch(v, EPOCH_MILLIS.equals(format)).orElseThrow(() -> new IllegalArgumentException("'" + cell
                    + "' is not a number of " + (EPOCH_MILLIS.equals(format) ? "milliseconds" : "seconds")
                    + " since 1970"));
        }
        if (formatter != null) {
            try {
                return instant(formatter.parseBest(v, ZonedDateTime::from, LocalDateTime::from, LocalDate::from));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + cell + "' does not match the format " + format);
            }
        }
        Instant common = IsoInstant.parseCommonShape(v);
        if (common != null) {
            return common; // the usual 2025-03-01T10:00:00Z, read without the general parser's cost
        }
        java.util.Optional<Instant> epoch = epoch(v, v.length() >= 12);
        if (epoch.isPresent()) {
            return epoch.get();
        }
        String iso = v.length() > 10 && v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
        try {
            return instant(DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from));
        } catch (DateTimeException e) {
            try {
                return instant(LocalDate.parse(iso));
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("'" + cell + "' is not an ISO-8601 date-time or epoch seconds or"
                        + " milliseconds (give its \"format\" in the mapping, e.g. dd/MM/yyyy HH:mm)");
            }
        }
    }

    private Instant instant(TemporalAccessor t) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }

    private static java.util.Optional<Instant> epoch(String v, boolean millis) {
        int dot = v.indexOf('.');
        String whole = dot < 0 ? v : v.substring(0, dot);
        String fraction = dot < 0 ? "" : v.substring(dot + 1);
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit) || !fraction.chars().allMatch(Character::isDigit)
                || whole.length() > 16 || fraction.length() > 9) {
            return java.util.Optional.empty();
        }
        long n = Long.parseLong(whole);
        if (millis) {
            return java.util.Optional.of(Instant.ofEpochMilli(n));
        }
        long nanos = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000").substring(0, 9));
        return java.util.Optional.of(Instant.ofEpochSecond(n, nanos));
    }
}
