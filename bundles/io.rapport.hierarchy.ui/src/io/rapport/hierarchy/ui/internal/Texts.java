package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;

import java.util.Locale;

/** How the view writes its numbers, in the user's locale; undefined values read as a dash. */
final class Texts {
    static final String UNDEFINED = "\u2013";

    private Texts() {
    }

    /** 0.4312 → "43.1 %". */
    static String percent(Double share) {
        return share == null ? UNDEFINED : String.format(locale(), "%.1f %%", share * 100);
    }

    static String count(long n) {
        return String.format(locale(), "%,d", n);
    }

    /** 2.5 → "2.5 : 1"; undefined (nobody actively disengaged) → "–". */
    static String ratio(Double ratio) {
        return ratio == null ? UNDEFINED : String.format(locale(), "%.1f : 1", ratio);
    }

    static String decimal(Double value) {
        return value == null ? UNDEFINED : String.format(locale(), "%.3f", value);
    }

    static String segment(Segment segment) {
        return segment == null ? "Not scored" : segment.label();
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
