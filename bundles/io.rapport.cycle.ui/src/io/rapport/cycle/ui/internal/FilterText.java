package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.AnalysisFilter;

/** A filter in words, for the status line: "all channels, whole period", "x and reddit, 2026-01-01 to …". */
final class FilterText {
    private FilterText() {
    }

    static String describe(AnalysisFilter filter) {
        String channels = filter.channels().isEmpty() ? "all channels"
                : String.join(", ", filter.channels().stream().sorted().toList());
        String period;
        if (filter.from() == null && filter.to() == null) {
            period = "whole period";
        } else if (filter.to() == null) {
            period = "from " + filter.from();
        } else if (filter.from() == null) {
            period = "up to " + filter.to();
        } else {
            period = filter.from() + " to " + filter.to();
        }
        return channels + ", " + period;
    }
}
