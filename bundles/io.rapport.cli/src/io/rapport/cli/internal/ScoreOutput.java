package io.rapport.cli.internal;

import io.rapport.hierarchy.core.Advocacy;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.LevelResult;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.UnscoredRespondent;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The tables of {@code rapport score} for people. */
final class ScoreOutput {
    private ScoreOutput() {
    }

    static void printImport(PrintStream out, SurveyImportReport r) {
        if (r.instrumentReplaced()) {
            out.println("Instrument: " + r.instrument());
        }
        if (r.removed() > 0) {
            out.printf(Locale.ROOT, "Removed %,d stored respondents (--replace)%n", r.removed());
        }
        SurveyImportReport.Responses s = r.responses();
        if (s != null) {
            out.printf(Locale.ROOT, "%s (%s, %s): %,d rows, %,d added, %,d replaced, %,d rejected, %,d partial%n",
                    s.file(), s.sheet() != null ? "XLSX" : s.encoding(), s.sheet() != null ? "sheet '" + s.sheet() + "'"
                            : s.delimiter() == '\t' ? "tab-separated" : "'" + s.delimiter() + "'-separated",
                    s.rows(), s.added(), s.replaced(), s.rejected(), s.partial());
            if (!s.columns().attributes().isEmpty()) {
                out.println("  attributes: " + String.join(", ", s.columns().attributes())
                        + (s.columns().handle() == null ? "" : "; handle: " + s.columns().handle()));
            }
        }
        out.println();
    }

    static void print(PrintStream out, HierarchyReport r) {
        out.println(r.instrument() + ", rule " + r.rule().id() + " (" + r.rule().label() + ")");
        out.println(r.ruleDescription());
        out.printf(Locale.ROOT, "%,d respondents, %,d scored, %,d not scored%n%n", r.respondents(), r.scored(),
                r.notScored());

        List<BenchmarkDistribution> benchmarks = r.benchmarks();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-20s %8s %7s", "segment", "count", "share"));
        benchmarks.forEach(b -> head.append(String.format(Locale.ROOT, " %12s", b.id())));
        out.println(head);
        for (SegmentCount s : r.segments()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s %,8d %7s", s.segment().label(),
                    s.count(), MetricsCommand.percent(s.share())));
            benchmarks.forEach(b -> line.append(String.format(Locale.ROOT, " %12s",
                    MetricsCommand.percent(b.shares().get(s.segment())))));
            out.println(line);
        }
        StringBuilder ratio = new StringBuilder("Engagement ratio (fully engaged : actively disengaged): "
                + ratio(r.engagementRatio()));
        benchmarks.forEach(b -> ratio.append(", ").append(b.id()).append(' ').append(ratio(b.ratio())));
        out.println(ratio);
        out.println();

        out.printf(Locale.ROOT, "%-34s %8s %8s %9s %9s %8s%n", "level", "scored", "passed", "pass rate", "reached",
                "share");
        for (LevelResult l : r.levels()) {
            out.printf(Locale.ROOT, "%-34s %,8d %,8d %9s %,9d %8s%s%n",
                    truncate(l.position() + " " + l.level().label(), 34), l.scored(), l.passed(),
                    MetricsCommand.percent(l.passRate()), l.reachedAtLeast(), MetricsCommand.percent(l.reachedShare()),
                    l.outOfOrder() ? "  out of order" : "");
        }
        out.printf(Locale.ROOT, "%-34s %,8d (scored respondents who pass no level)%n", "reached none", r.reachedNone());
        out.println("pass rate: of those scored on the level; reached: reached this level or higher (share of the scored)");
        out.println();

        Reproducibility p = r.reproducibility();
        if (p.coefficient() == null) {
            out.println("Guttman scale: no respondent was scored on every level.");
        } else {
            out.printf(Locale.ROOT, "Guttman scale (%s, %,d respondents scored on every level, %,d errors):%n"
                    + "  reproducibility %.3f, minimum marginal %.3f, scalability %s: the hierarchy %s here"
                    + " (thresholds %.2f and %.2f)%n", Reproducibility.METHOD, p.respondents(), p.errors(),
                    p.coefficient(), p.minimumMarginal(),
                    p.scalability() == null ? "-" : String.format(Locale.ROOT, "%.3f", p.scalability()),
                    p.holds() ? "holds" : "does not hold", Reproducibility.REPRODUCIBILITY_THRESHOLD,
                    Reproducibility.SCALABILITY_THRESHOLD);
        }
        List<String> outOfOrder = r.levels().stream().filter(LevelResult::outOfOrder).map(l -> l.level().id()).toList();
        if (!outOfOrder.isEmpty()) {
            out.println("  out of order: " + String.join(", ", outOfOrder)
                    + " (more respondents pass it than a level below it)");
        }
        out.println();

        if (r.breakdown() != null) {
            printBreakdown(out, r.breakdown());
        }
        if (r.advocacy() != null) {
            printAdvocacy(out, r.advocacy());
        }
        if (!r.unscored().isEmpty()) {
            out.println("Not scored (a blank answer on the level where their climb would go on):");
            for (UnscoredRespondent u : r.unscored()) {
                out.println("  " + u.respondentId() + ": " + u.level() + " (" + String.join(", ", u.missingItems())
                        + " blank)");
            }
            if (r.notScored() > r.unscored().size()) {
                out.printf(Locale.ROOT, "  ... and %,d more%n", r.notScored() - r.unscored().size());
            }
            out.println();
        }
        out.println("Rapport ships none of Gallup's licensed CE11 wording; its rules are its own, documented in the"
                + " README.");
    }

    private static void printBreakdown(PrintStream out, Breakdown b) {
        out.println("By " + b.attribute() + ":");
        out.printf(Locale.ROOT, "  %-24s %8s %8s %8s %8s %8s %7s%n", "value", "scored", "fully", "engaged", "not eng.",
                "act. dis.", "ratio");
        boolean small = false;
        for (Breakdown.Group g : b.groups()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %-24s %,8d",
                    g.small() ? "*" : " ", truncate(g.value() == null ? "(none)" : g.value(), 24), g.respondents()));
            for (SegmentCount s : g.segments()) {
                line.append(String.format(Locale.ROOT, " %8s", MetricsCommand.percent(s.share())));
            }
            line.append(String.format(Locale.ROOT, " %7s", ratio(g.engagementRatio())));
            out.println(line);
            small |= g.small();
        }
        if (small) {
            out.println("  * fewer than " + EngagementHierarchy.SMALL_GROUP + " scored respondents: shares move a lot"
                    + " with one respondent");
        }
        out.println();
    }

    private static void printAdvocacy(PrintStream out, Advocacy a) {
        out.println("Advocacy of linked respondents (sentiment " + a.sentimentModel() + "):");
        out.printf(Locale.ROOT, "  %-20s %7s %7s %9s %9s %12s %8s %8s%n", "segment", "handle", "linked", "about us",
                "positive", "recommenders", "helpers", "sharers");
        for (Advocacy.Row row : a.bySegment()) {
            out.printf(Locale.ROOT, "  %-20s %,7d %,7d %,9d %9s %12s %8s %8s%n", row.segment().label(), row.withHandle(),
                    row.linked(), row.aboutUs(), MetricsCommand.percent(row.positiveShare()),
                    MetricsCommand.percent(row.recommenderShare()), MetricsCommand.percent(row.helperShare()),
                    MetricsCommand.percent(row.sharerShare()));
        }
        out.println("  positive: share of their interactions addressed to us; recommenders, helpers, sharers: share of"
                + " the linked respondents");
        out.println();
    }

    static String ratio(Double r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.2f : 1", r);
    }

    private static String truncate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
