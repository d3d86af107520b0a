package io.rapport.importer.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one canonical field is read from a row.
 *
 * @param column       the header of the column it comes from; {@code null} only for mentions read from the text
 * @param values       a value map: a cell holding one of the keys gives the value instead ({@code "Tweet"} →
 *                     {@code "post"}); other cells are taken as they are
 * @param defaultValue the value of an empty cell, or {@code null}
 * @param format       created_at only: a {@link java.time.format.DateTimeFormatter} pattern, or {@code epoch_seconds}
 *                     / {@code epoch_millis}; {@code null} reads ISO-8601 and epoch seconds or milliseconds
 * @param zone         created_at only: the time zone of local times (default UTC)
 * @param separator    mentions only: a regular expression between handles (default: commas, semicolons, spaces)
 * @param fromText     mentions only: the @handles in the text are the mentions
 */
public record ColumnRule(String column, Map<String, String> values, String defaultValue, String format, String zone,
        String separator, boolean fromText) {

    public ColumnRule {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The cell of that column, as it is. */
    public static ColumnRule column(String column) {
        return new ColumnRule(Objects.requireNonNull(column, "column"), Map.of(), null, null, null, null, false);
    }

    /** A timestamp column in a format and zone (both may be {@code null}). */
    public static ColumnRule timestamp(String column, String format, String zone) {
        return new ColumnRule(column, Map.of(), null, format, zone, null, false);
    }

    /** Mentions: the @handles written in the text. */
    public static ColumnRule mentionsInText() {
        return new ColumnRule(null, Map.of(), null, null, null, null, true);
    }

    public ColumnRule withValues(Map<String, String> map) {
        return new ColumnRule(column, map, defaultValue, format, zone, separator, fromText);
    }

    public ColumnRule withDefault(String value) {
        return new ColumnRule(column, values, value, format, zone, separator, fromText);
    }

    public ColumnRule withSeparator(String regex) {
        return new ColumnRule(column, values, defaultValue, format, zone, regex, fromText);
    }
}
