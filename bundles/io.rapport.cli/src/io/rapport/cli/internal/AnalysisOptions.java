package io.rapport.cli.internal;

import io.rapport.cycle.core.AnalysisFilter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/** The options every analysis command shares: {@code --from DATE --to DATE --channel ID...}. */
final class AnalysisOptions {
    static final Set<String> VALUE_OPTIONS = Set.of("--from", "--to", "--channel");
    static final String HELP = """
              --from DATE     only interactions created on or after DATE (YYYY-MM-DD, UTC)
              --to DATE       only interactions created on or before DATE (inclusive)
              --channel ID    only this channel (repeat for several)
            """;

    private AnalysisOptions() {
    }

    static AnalysisFilter filter(Arguments a) throws UsageException {
        try {
            return new AnalysisFilter(date(a, "--from"), date(a, "--to"), new LinkedHashSet<>(a.values("--channel")));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The date given to {@code option}, or {@code null} without the option. */
    static LocalDate date(Arguments a, String option) throws UsageException {
        String v = a.value(option);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " expects a date like 2025-01-31, not '" + v + "'");
        }
    }

    static Set<String> with(Set<String> more) {
        Set<String> all = new LinkedHashSet<>(VALUE_OPTIONS);
        all.addAll(more);
        return all;
    }
}
