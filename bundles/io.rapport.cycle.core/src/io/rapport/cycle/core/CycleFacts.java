package io.rapport.cycle.core;

import java.util.List;

/**
 * The metric definitions of DESIGN.md §3 as one SQL source: {@link #sql()} is a {@code SELECT} (use it as a
 * sub-query) that yields one row per interaction of the project with these columns besides those of
 * {@code interactions_v}: {@code sentiment} (DOUBLE, the active model's score), {@code negative} (BOOLEAN),
 * {@code addressed} (BOOLEAN), {@code response_id} (VARCHAR, the first response's source id),
 * {@code response_at} (TIMESTAMP), {@code responder_department} (VARCHAR, see {@link Grouping#DEPARTMENT}) and
 * {@code first_response_minutes} (DOUBLE). Bind {@link #parameters()} first, in order.
 */
public record CycleFacts(String sql, List<Object> parameters, String sentimentModel) {
    public CycleFacts {
        parameters = List.copyOf(parameters);
    }
}
