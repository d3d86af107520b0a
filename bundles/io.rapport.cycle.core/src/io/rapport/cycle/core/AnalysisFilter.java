package io.rapport.cycle.core;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an analysis looks at: interactions created in {@code [from, to]} (UTC days, inclusive; {@code null} =
 * open) on the given channels (empty = all). For response metrics the date is the inbound interaction's; a
 * response after {@code to} still counts, so that the last days of a period are not penalised.
 */
public record AnalysisFilter(LocalDate from, LocalDate to, Set<String> channels) {

    public AnalysisFilter {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
    }

    /** Everything in the project. */
    public static AnalysisFilter all() {
        return new AnalysisFilter(null, null, Set.of());
    }

    public AnalysisFilter withChannels(Set<String> newChannels) {
        return new AnalysisFilter(from, to, newChannels);
    }
}
