package io.rapport.cycle.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.WorklistItem;

import java.util.ArrayList;
import java.util.List;

/** Negative addressed interactions that nobody answered, oldest first. */
final class WorklistQuery {
    private WorklistQuery() {
    }

    static List<WorklistItem> run(ProjectStore store, CycleFacts facts, AnalysisFilter filter, int limit)
            throws ProjectException {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<Object> params = new ArrayList<>(facts.parameters());
        String sql = "SELECT x.channel, x.source_id, x.created_at, x.author_handle, x.text, x.sentiment, x.rating,"
                + " x.url, coalesce(x.thread_id, x.source_id) FROM (" + facts.sql() + ") x"
                + " WHERE x.addressed AND x.negative AND x.response_id IS NULL" + FilterSql.and(filter, "x", params)
                + " ORDER BY x.created_at, x.channel, x.source_id LIMIT " + limit;
        List<WorklistItem> items = new ArrayList<>();
        store.query(sql, params, r -> items.add(new WorklistItem(Values.text(r.get(0)), Values.text(r.get(1)),
                Values.instant(r.get(2)), Values.text(r.get(3)), Values.text(r.get(4)), Values.real(r.get(5)),
                Values.integer(r.get(6)), Values.text(r.get(7)), Values.text(r.get(8)))));
        return items;
    }
}
