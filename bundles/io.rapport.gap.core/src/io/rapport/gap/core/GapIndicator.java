package io.rapport.gap.core;

import java.util.List;

/**
 * Measures how well the company meets one expectation, as performance 0–100 per channel over a period: a DS
 * service with {@link GapIndicatorProperties} (id, label, version). Rapport ships nine (see the README's "Gap
 * matrix"); a partner registers another with its own id and an analyst binds it to an expectation.
 * <p>
 * An indicator is SQL over the gap facts ({@link GapFacts}, alias {@code f}): one row per interaction with the
 * metric definitions of DESIGN.md §3 applied (addressed, negative, responded, first response) and the gap's own
 * per-interaction rules (promotional, templated, thanked, ...). Every installed indicator is computed in the same
 * single pass over the facts, per channel and period, so an indicator only says what to aggregate. Most are a
 * share: {@link #basis()} selects the interactions the value is based on, {@link #counted()} those among them
 * that count, and the value is 100 × counted / basis. Others override {@link #aggregates()} and
 * {@link #measure(long[], GapPeriod)}.
 * <p>
 * Use only the columns of {@link GapFacts}, literals and portable SQL; never text from the data. Implementations
 * must be stateless and thread-safe.
 */
public interface GapIndicator {

    /** The formula in words, for the matrix's cell details and the README: what is counted, over what. */
    String formula();

    /** SQL boolean over {@code f}: the interactions the value is based on (its denominator, its evidence). */
    String basis();

    /** SQL boolean over {@code f}: among the {@link #basis()}, those that count for the value (the numerator). */
    String counted();

    /**
     * SQL aggregate expressions over {@code f} (integers), evaluated per channel and period over the facts of
     * that period. By default the count of counted and the count of basis interactions.
     */
    default List<String> aggregates() {
        return List.of("count(*) FILTER (WHERE (" + basis() + ") AND (" + counted() + "))",
                "count(*) FILTER (WHERE " + basis() + ")");
    }

    /**
     * The measurement of one channel in one period from the values of {@link #aggregates()}, in their order. By
     * default 100 × counted / basis, undefined without a basis.
     */
    default Measurement measure(long[] aggregates, GapPeriod period) {
        return Measurement.share(aggregates[0], aggregates[1]);
    }
}
