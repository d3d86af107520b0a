package io.rapport.cycle.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;

import java.util.ArrayList;
import java.util.List;

/** Response metrics per group and in total, in one aggregate query over the facts. */
final class ResponseMetricsQuery {
    private ResponseMetricsQuery() {
    }

    static MetricsReport run(ProjectStore store, CycleFacts facts, Grouping by, AnalysisFilter filter)
            throws ProjectException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT k, GROUPING(k) AS is_total,"
                + " count(*),"
                + " count(*) FILTER (WHERE addressed),"
                + " count(*) FILTER (WHERE addressed AND response_id IS NOT NULL),"
                + " quantile_cont(first_response_minutes, 0.5),"
                + " quantile_cont(first_response_minutes, 0.9),"
                + " count(*) FILTER (WHERE addressed AND negative),"
                + " count(*) FILTER (WHERE addressed AND negative AND response_id IS NULL)"
                + " FROM (SELECT x.*, " + key(by) + " AS k FROM " + facts.table() + " x"
                + " WHERE x.direction = 'inbound'" + FilterSql.and(filter, "x", params) + ") g"
                + " GROUP BY GROUPING SETS ((k), ()) ORDER BY is_total, k";
        List<ResponseMetrics> groups = new ArrayList<>();
        ResponseMetrics[] total = {empty()};
        store.query(sql, params, r -> {
            long addressed = Values.count(r.get(3));
            long responded = Values.count(r.get(4));
            boolean isTotal = Values.count(r.get(1)) == 1;
            ResponseMetrics m = new ResponseMetrics(isTotal ? null : Values.text(r.get(0)), Values.count(r.get(2)),
                    addressed, responded, Values.ratio(responded, addressed), Values.real(r.get(5)),
                    Values.real(r.get(6)), Values.count(r.get(7)), Values.count(r.get(8)));
            if (isTotal) {
                total[0] = m;
            } else {
                groups.add(m);
            }
        });
        return new MetricsReport(by, groups, total[0], facts.sentimentModel());
    }

    private static ResponseMetrics empty() {
        return new ResponseMetrics(null, 0, 0, 0, null, null, null, 0, 0);
    }

    private static String key(Grouping by) {
        return switch (by) {
            case CHANNEL -> "x.channel";
            case MONTH -> "strftime(x.created_at, '%Y-%m')";
            case DEPARTMENT -> "CASE WHEN NOT x.addressed THEN '" + Grouping.NOT_ADDRESSED + "'"
                    + " WHEN x.response_id IS NULL THEN '" + Grouping.NO_RESPONSE + "'"
                    + " ELSE x.responder_department END";
        };
    }
}
