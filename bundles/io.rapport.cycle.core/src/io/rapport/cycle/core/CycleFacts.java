package io.rapport.cycle.core;

import java.util.List;

/**
 * The metric definitions of DESIGN.md §3 applied to every interaction, kept in the store as the derived table
 * {@link #table()} (rebuilt after every import, settings change or change of sentiment model) with these columns:
 * {@code channel, source_id, kind, author_handle, role, department, direction, created_at, in_reply_to,
 * thread_id, space, rating}, and {@code sentiment} (DOUBLE, the active model's score), {@code negative}
 * (BOOLEAN), {@code addressed} (BOOLEAN), {@code response_id} (VARCHAR, the first response's source id),
 * {@code response_at} (TIMESTAMP), {@code responder_department} (VARCHAR, see {@link Grouping#DEPARTMENT}) and
 * {@code first_response_minutes} (DOUBLE). Aggregate, filter and sort on the table; join the page of rows you
 * show back to {@code interactions} for the text. {@link #sql()} is a {@code SELECT} of every column of
 * {@code interactions_v} with the facts joined, for queries that need both on few rows; bind
 * {@link #parameters()} first.
 */
public record CycleFacts(String table, String sql, List<Object> parameters, String sentimentModel) {
    public CycleFacts {
        parameters = List.copyOf(parameters);
    }
}
