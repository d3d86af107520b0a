package io.rapport.explorer.ui.internal;

import io.rapport.core.sentiment.SentimentModel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the explorer writes times, durations, scores and texts. Times are UTC, as the store keeps them. */
final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LINE = 400;

    private Formats() {
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /** {@code 45 min}, {@code 3 h 05 min}, {@code 2 d 4 h}. */
    static String minutes(Double minutes) {
        if (minutes == null) {
            return "";
        }
        long m = Math.round(minutes);
        if (m < 60) {
            return m + " min";
        }
        if (m < 24 * 60) {
            return String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
        }
        return String.format(Locale.ROOT, "%d d %d h", m / (24 * 60), (m % (24 * 60)) / 60);
    }

    /** The score with two decimals (a real minus sign), or nothing without a score. */
    static String score(Double score) {
        return score == null ? "" : String.format(Locale.ROOT, "%+.2f", score).replace('-', '\u2212');
    }

    /** The sentiment class of the metric definitions. */
    static String sentimentClass(Double score, boolean negative) {
        if (negative) {
            return "negative";
        }
        return score != null && score >= SentimentModel.POSITIVE_THRESHOLD ? "positive" : "neutral";
    }

    static String count(long n) {
        return String.format("%,d", n);
    }

    /** The text on one line, shortened: for table cells and tree items. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "\u2026";
    }

    /** {@code handle (name)}, or the handle alone. */
    static String author(String handle, String name) {
        return name == null || name.isBlank() || name.equalsIgnoreCase(handle) ? handle : handle + " (" + name + ")";
    }

    /** {@code customer}, {@code our account}, {@code staff · support}. */
    static String role(String role, String department) {
        String r = role == null ? "customer" : role.replace('_', ' ');
        return department == null || department.isBlank() ? r : r + " \u00b7 " + department;
    }
}
