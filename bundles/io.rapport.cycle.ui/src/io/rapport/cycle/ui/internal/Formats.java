package io.rapport.cycle.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the dashboard writes numbers, in the user's locale: shares as percentages with one decimal, first
 * response times as minutes, hours and days, undefined values (nothing addressed, nothing answered) as a dash.
 */
public final class Formats {
    /** What an undefined value (no addressed interaction, no response) reads as. */
    public static final String UNDEFINED = "\u2013";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** 0.6431 → "64.3 %". */
    public static String percent(Double share) {
        return share == null ? UNDEFINED : String.format(locale(), "%.1f %%", share * 100);
    }

    /** 1234 → "1,234". */
    public static String count(long n) {
        return String.format(locale(), "%,d", n);
    }

    /** Minutes with one decimal, for tables: 83.52 → "83.5". */
    public static String minutes(Double minutes) {
        return minutes == null ? UNDEFINED : String.format(locale(), "%.1f", minutes);
    }

    /**
     * A duration for people: under an hour in minutes ("42 min"), under two days in hours and minutes
     * ("5 h 07 min"), else in days and hours ("3 d 4 h"). Rounded to the minute.
     */
    public static String duration(Double minutes) {
        if (minutes == null) {
            return UNDEFINED;
        }
        long m = Math.round(minutes);
        if (m < 60) {
            return m + " min";
        }
        if (m < 48 * 60) {
            return String.format(locale(), "%d h %02d min", m / 60, m % 60);
        }
        long hours = Math.round(minutes / 60);
        return String.format(locale(), "%d d %d h", hours / 24, hours % 24);
    }

    /** A share for chart labels, to the whole percent: "64 %". */
    public static String shortPercent(Double share) {
        return share == null ? UNDEFINED : String.format(locale(), "%.0f %%", share * 100);
    }

    /** A duration for chart labels: "42 min", "2.1 h", "26 h", "3.2 d". */
    public static String shortDuration(Double minutes) {
        if (minutes == null) {
            return UNDEFINED;
        }
        if (minutes < 59.5) {
            return Math.round(minutes) + " min";
        }
        double hours = minutes / 60;
        if (hours < 48) {
            return String.format(locale(), hours < 9.95 ? "%.1f h" : "%.0f h", hours);
        }
        return String.format(locale(), "%.1f d", hours / 24);
    }

    /** An instant in the user's time zone, to the minute. */
    public static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
