package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.Status;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the view writes criteria, values and answers. */
final class Texts {
    static final String UNDEFINED = "\u2013";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** ✓ met, ✗ not met, ? unknown. */
    static String mark(Status status) {
        return switch (status) {
            case MET -> "\u2713";
            case NOT_MET -> "\u2717";
            case UNKNOWN -> "?";
        };
    }

    static String status(Status status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case UNKNOWN -> "unknown";
        };
    }

    /** The evidence's value (a share in percent when the threshold is one), or the attestation's answer. */
    static String value(CriterionResult r) {
        if (!r.criterion().isEvidence()) {
            return r.answer() == null ? "not attested" : r.answer().yes() ? "yes" : "no";
        }
        if (r.value() == null) {
            return UNDEFINED;
        }
        double v = r.value();
        return v == Math.rint(v) ? String.format(Locale.getDefault(Locale.Category.FORMAT), "%,d", (long) v)
                : String.format(Locale.getDefault(Locale.Category.FORMAT), "%.2f", v);
    }

    static String who(CriterionResult r) {
        return r.answer() == null ? "" : r.answer().who() == null ? "" : r.answer().who();
    }

    static String when(CriterionResult r) {
        return r.answer() == null ? "" : WHEN.format(r.answer().when()) + " UTC";
    }

    /** One line for a tooltip or a summary: "✓ Half answered: 0.50 (target ≥ 0.5)". */
    static String line(CriterionResult r) {
        return mark(r.status()) + " " + r.criterion().label() + ": " + value(r) + " (target " + r.target() + ")"
                + (r.answer() != null && r.answer().who() != null ? ", attested by " + r.answer().who() : "");
    }
}
