package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.core.WorklistItem;
import io.rapport.ui.common.export.CsvTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's tables as it exports them to CSV: machine-friendly column names and raw values, so that the
 * file can be checked against {@code rapport metrics} and {@code rapport cycle}.
 */
final class CycleCsv {
    private CycleCsv() {
    }

    static CsvTable metrics(MetricsReport report) {
        List<String> header = new ArrayList<>();
        header.add(report.by().id());
        MetricColumns.ALL.forEach(c -> header.add(c.csvName()));
        List<List<?>> rows = new ArrayList<>();
        report.groups().forEach(m -> rows.add(metricsRow(m.key(), m)));
        rows.add(metricsRow("total", report.total()));
        return new CsvTable(header, rows);
    }

    private static List<?> metricsRow(String key, ResponseMetrics m) {
        List<Object> row = new ArrayList<>();
        row.add(key);
        MetricColumns.ALL.forEach(c -> row.add(c.exported().apply(m)));
        return row;
    }

    static CsvTable funnel(FunnelReport funnel) {
        return new CsvTable(List.of("step", "label", "count", "share_of_questions", "detection"),
                funnel.steps().stream()
                        .<List<?>>map(s -> Arrays.asList(s.id(), s.label(), s.count(), s.share(), s.detection()))
                        .toList());
    }

    static CsvTable respondersByDepartment(RespondersReport responders) {
        return new CsvTable(List.of("department", "answers", "responders"), responders.byDepartment().stream()
                .<List<?>>map(d -> List.of(d.department(), d.answers(), d.responders())).toList());
    }

    static CsvTable respondersByMonth(RespondersReport responders) {
        return new CsvTable(List.of("month", "answers", "answers_outside_core_teams", "share_outside_core_teams",
                "departments"),
                responders.byMonth().stream().<List<?>>map(m -> Arrays.asList(m.month(), m.answers(),
                        m.outsideCoreTeams(), m.shareOutsideCoreTeams(), m.departments())).toList());
    }

    static CsvTable worklist(List<WorklistItem> items) {
        return new CsvTable(List.of("created_at", "channel", "source_id", "author", "text", "sentiment", "rating",
                "url", "thread_id"),
                items.stream().<List<?>>map(i -> Arrays.asList(i.createdAt(), i.channel(), i.sourceId(),
                        i.authorHandle(), i.text(), i.sentiment(), i.rating(), i.url(), i.threadId())).toList());
    }
}
