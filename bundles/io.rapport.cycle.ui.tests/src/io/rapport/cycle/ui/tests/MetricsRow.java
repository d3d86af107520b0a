package io.rapport.cycle.ui.tests;

import java.util.List;
import java.util.Locale;

/**
 * One group (or the total) of {@code rapport metrics --json}, and how the dashboard must write it. The formats
 * are written out here on purpose rather than taken from the dashboard, so that a wrong format fails the test.
 */
record MetricsRow(String key, long inbound, long addressed, long responded, Double responseRate, Double median,
        Double p90, long negativeAddressed, long negativeUnanswered) {

    static final String UNDEFINED = "\u2013";

    Double unansweredNegativeShare() {
        return negativeAddressed == 0 ? null : (double) negativeUnanswered / negativeAddressed;
    }

    /** The cells of the dashboard's breakdown table for this row, after the group column. */
    List<String> tableCells() {
        return List.of(count(inbound), count(addressed), count(responded), percent(responseRate), minutes(median),
                minutes(p90), count(negativeAddressed), count(negativeUnanswered), percent(unansweredNegativeShare()));
    }

    static String count(long n) {
        return String.format(locale(), "%,d", n);
    }

    static String percent(Double share) {
        return share == null ? UNDEFINED : String.format(locale(), "%.1f %%", share * 100);
    }

    static String minutes(Double m) {
        return m == null ? UNDEFINED : String.format(locale(), "%.1f", m);
    }

    /** "42 min", "5 h 07 min" (under two days), "3 d 4 h". */
    static String duration(Double minutes) {
        if (minutes == null) {
            return UNDEFINED;
        }
        long m = Math.round(minutes);
        if (m < 60) {
            return m + " min";
        }
        if (m < 2 * 24 * 60) {
            return String.format(locale(), "%d h %02d min", m / 60, m % 60);
        }
        long h = Math.round(minutes / 60);
        return String.format(locale(), "%d d %d h", h / 24, h % 24);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
