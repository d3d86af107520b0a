package io.rapport.hierarchy.core;

import io.rapport.core.survey.Segment;

/**
 * Which respondents to list, in which order, and which page of them.
 *
 * @param rule       a scoring rule id, or {@code null} for {@link EngagementHierarchy#DEFAULT_RULE}
 * @param segment    only this segment, or {@code null} for every respondent
 * @param notScored  only the respondents without a segment (the partial-response policy, or no answers at all);
 *                   cannot be combined with a segment
 * @param search     only respondents whose id or handle contains this text (ignoring case), or {@code null}
 * @param order      how the rows are sorted
 * @param descending the order reversed (rows without a level or segment still come last)
 * @param offset     rows to skip
 * @param limit      rows at most
 */
public record RespondentQuery(String rule, Segment segment, boolean notScored, String search, Order order,
        boolean descending, long offset, int limit) {

    /** What the respondents can be sorted by; ties keep the survey's order. */
    public enum Order {
        /** As the rows were imported. */
        SURVEY,
        /** By respondent id, as text. */
        ID,
        /** By the level reached, from the base up. */
        LEVEL,
        /** By segment, from fully engaged down. */
        SEGMENT
    }

    public RespondentQuery {
        if (segment != null && notScored) {
            throw new IllegalArgumentException("a segment and 'not scored' exclude each other");
        }
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (order == null) {
            order = Order.SURVEY;
        }
        if (search != null && search.isBlank()) {
            search = null;
        }
    }

    /** The first {@code limit} respondents in the survey's order, under the default rule. */
    public static RespondentQuery first(int limit) {
        return new RespondentQuery(null, null, false, null, Order.SURVEY, false, 0, limit);
    }

    public RespondentQuery page(long newOffset) {
        return new RespondentQuery(rule, segment, notScored, search, order, descending, newOffset, limit);
    }

    public RespondentQuery withLimit(int newLimit) {
        return new RespondentQuery(rule, segment, notScored, search, order, descending, offset, newLimit);
    }
}
