package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.ui.common.export.CsvTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The view's tables as it exports them to CSV: the names and raw values of {@code rapport score --json} (shares
 * as fractions), so that a file can be checked against the command line and computed with further.
 */
final class HierarchyCsv {
    private HierarchyCsv() {
    }

    static CsvTable levels(HierarchyReport report) {
        return new CsvTable(List.of("position", "id", "label", "scored", "passed", "pass_rate", "reached_at_least",
                "reached_share", "reached_exactly", "passed_above_failure", "out_of_order"),
                report.levels().stream().<List<?>>map(l -> Arrays.asList(l.position(), l.level().id(),
                        l.level().label(), l.scored(), l.passed(), l.passRate(), l.reachedAtLeast(), l.reachedShare(),
                        l.reachedExactly(), l.passedAboveFailure(), l.outOfOrder())).toList());
    }

    /** The project's segments, then each benchmark's published shares. */
    static CsvTable segments(HierarchyReport report) {
        List<List<?>> rows = new ArrayList<>();
        for (SegmentCount s : report.segments()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.segment().id(), s.count(), s.share()));
            for (BenchmarkDistribution b : report.benchmarks()) {
                row.add(b.shares().get(s.segment()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("segment", "count", "share"));
        report.benchmarks().forEach(b -> header.add(b.id() + "_share"));
        return new CsvTable(header, rows);
    }

    static CsvTable breakdown(Breakdown breakdown) {
        List<String> header = new ArrayList<>(List.of(breakdown.attribute(), "respondents", "not_scored"));
        for (Segment s : Segment.values()) {
            header.add(s.id());
            header.add(s.id() + "_share");
        }
        header.add("engagement_ratio");
        header.add("small");
        List<List<?>> rows = new ArrayList<>();
        for (Breakdown.Group g : breakdown.groups()) {
            List<Object> row = new ArrayList<>(Arrays.asList(g.value(), g.respondents(), g.notScored()));
            for (SegmentCount s : g.segments()) {
                row.add(s.count());
                row.add(s.share());
            }
            row.add(g.engagementRatio());
            row.add(g.small());
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    static List<String> respondentsHeader(RespondentPage page) {
        List<String> header = new ArrayList<>(List.of("respondent_id", "handle", "source_row", "level_reached",
                "level", "segment"));
        header.addAll(page.items());
        header.addAll(page.attributes());
        return header;
    }

    static List<Object> respondent(RespondentPage page, RespondentPage.Row r) {
        List<Object> row = new ArrayList<>(Arrays.asList(r.respondentId(), r.handle(), r.sourceRow(), r.reached(),
                r.levelId(), r.segment() == null ? null : r.segment().id()));
        page.items().forEach(i -> row.add(r.answers().get(i)));
        page.attributes().forEach(a -> row.add(r.attributes().get(a)));
        return row;
    }

    /** What the report is about, as the heading of a chart's PNG. */
    static String title(String chart, HierarchyReport report) {
        return chart + " \u2014 " + report.instrument() + ", " + report.rule().label() + " ("
                + Texts.count(report.scored()) + " scored respondents)";
    }
}
