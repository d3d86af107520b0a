package io.rapport.cycle.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.RespondersReport.DepartmentAnswers;
import io.rapport.cycle.core.RespondersReport.MonthAnswers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Answers (outbound replies to inbound interactions) by department and by month. */
final class RespondersQuery {
    private RespondersQuery() {
    }

    static RespondersReport run(ProjectStore store, AnalysisFilter filter, Set<String> coreTeams)
            throws ProjectException {
        List<Object> params = new ArrayList<>();
        String answers = "SELECT o.author_handle, strftime(o.created_at, '%Y-%m') AS month,"
                + " coalesce(o.department, '" + Grouping.BRAND_ACCOUNT + "') AS department,"
                + " (o.role = 'staff' AND lower(coalesce(o.department, '')) NOT IN (" + placeholders(coreTeams, params)
                + ")) AS outside"
                + " FROM interactions_v o JOIN interactions_v q"
                + " ON q.channel = o.channel AND q.source_id = o.in_reply_to"
                + " WHERE o.direction = 'outbound' AND q.direction = 'inbound'" + FilterSql.and(filter, "o", params);
        List<DepartmentAnswers> byDepartment = new ArrayList<>();
        store.query("SELECT department, count(*), count(DISTINCT author_handle) FROM (" + answers + ") a"
                + " GROUP BY department ORDER BY count(*) DESC, department", params,
                r -> byDepartment.add(new DepartmentAnswers(Values.text(r.get(0)), Values.count(r.get(1)),
                        Values.count(r.get(2)))));
        List<MonthAnswers> byMonth = new ArrayList<>();
        long[] total = new long[2];
        store.query("SELECT month, count(*), count(*) FILTER (WHERE outside), count(DISTINCT department) FROM ("
                + answers + ") a GROUP BY month ORDER BY month", params, r -> {
                    MonthAnswers m = new MonthAnswers(Values.text(r.get(0)), Values.count(r.get(1)),
                            Values.count(r.get(2)), Values.count(r.get(3)));
                    byMonth.add(m);
                    total[0] += m.answers();
                    total[1] += m.outsideCoreTeams();
                });
        return new RespondersReport(byDepartment, byMonth, total[0], coreTeams, Values.ratio(total[1], total[0]));
    }

    private static String placeholders(Set<String> values, List<Object> params) {
        if (values.isEmpty()) {
            return "NULL";
        }
        StringBuilder b = new StringBuilder();
        for (String v : values.stream().sorted().toList()) {
            b.append(b.isEmpty() ? "" : ", ").append('?');
            params.add(v.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
