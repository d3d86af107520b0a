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
        List<Object> params = new ArrayList<>();
        // the oldest page of the facts first, then the text of only those rows
        String sql = "SELECT f.channel, f.source_id, f.created_at, f.author_handle, i.text, f.sentiment, f.rating,"
                + " i.url, coalesce(f.thread_id, f.source_id) FROM (SELECT * FROM " + facts.table() + " x"
                + " WHERE x.addressed AND x.negative AND x.response_id IS NULL" + FilterSql.and(filter, "x", params)
                + " ORDER BY x.created_at, x.channel, x.source_id LIMIT " + limit + ") f"
                + " JOIN interactions i ON i.channel = f.channel AND i.source_id = f.source_id"
                + " ORDER BY f.created_at, f.channel, f.source_id";
        List<WorklistItem> items = new ArrayList<>();
        store.query(sql, params, r -> items.add(new WorklistItem(Values.text(r.get(0)), Values.text(r.get(1)),
                Values.instant(r.get(2)), Values.text(r.get(3)), Values.text(r.get(4)), Values.real(r.get(5)),
                Values.integer(r.get(6)), Values.text(r.get(7)), Values.text(r.get(8)))));
        return items;
    }
}
