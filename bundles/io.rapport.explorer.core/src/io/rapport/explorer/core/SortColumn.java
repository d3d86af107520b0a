package io.rapport.explorer.core;

/**
 * What the interactions can be sorted by. Ties are broken by channel and source id, so that paging is stable;
 * missing values (no sentiment, no response) sort last in both directions.
 */
public enum SortColumn {
    CREATED_AT,
    CHANNEL,
    KIND,
    /** The author's handle, case-insensitively. */
    AUTHOR,
    DIRECTION,
    /** The text, case-insensitively. */
    TEXT,
    SENTIMENT,
    /** By {@link ResponseStatus}: unanswered, responded, not addressed, ours (ascending). */
    STATUS,
    FIRST_RESPONSE_MINUTES
}
