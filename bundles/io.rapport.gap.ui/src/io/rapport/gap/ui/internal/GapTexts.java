package io.rapport.gap.ui.internal;

import java.util.Locale;

/** How the view writes its numbers, in the user's locale; undefined values read as a dash. */
final class GapTexts {
    static final String UNDEFINED = "\u2013";

    private GapTexts() {
    }

    /** A gap, a performance, a target: one decimal, e.g. "44.2". */
    static String points(Double value) {
        return value == null ? UNDEFINED : String.format(locale(), "%.1f", value);
    }

    /** An importance 1–5: two decimals when it comes from a survey, e.g. "3.84". */
    static String importance(Double value) {
        return value == null ? UNDEFINED : String.format(locale(), "%.2f", value);
    }

    /** A change of the gap with its direction: "▲ 2.1" (wider), "▼ 0.4" (narrower), "= 0.0". */
    static String change(Double change) {
        if (change == null) {
            return UNDEFINED;
        }
        String arrow = change > 0.05 ? "\u25b2 " : change < -0.05 ? "\u25bc " : "= ";
        return arrow + String.format(locale(), "%.1f", Math.abs(change));
    }

    static String count(long n) {
        return String.format(locale(), "%,d", n);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
