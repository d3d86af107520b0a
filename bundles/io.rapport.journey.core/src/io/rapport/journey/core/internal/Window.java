package io.rapport.journey.core.internal;

import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.journey.core.JourneyIndicator;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** The days an indicator looks at: the {@value JourneyIndicator#WINDOW_DAYS} days up to the assessment's day. */
record Window(LocalDate from, LocalDate to) {
    static Window before(LocalDate asOf) {
        return new Window(asOf.minusDays(JourneyIndicator.WINDOW_DAYS - 1L), asOf);
    }

    AnalysisFilter filter() {
        return new AnalysisFilter(from, to, Set.of());
    }

    /** Parameters for {@code created_at >= ? AND created_at < ?} (UTC). */
    List<Object> bounds() {
        return List.of(Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
    }

    /** The end of the window as an instant, for comparisons with stored times. */
    java.time.Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
