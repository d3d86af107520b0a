package io.rapport.cli.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;
import io.rapport.gap.core.Shortfall;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code rapport gap}: the gap matrix of the project's expectations against what the data shows. */
final class GapCommand implements Command {
    private final CliServices services;

    GapCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "gap";
    }

    @Override
    public String summary() {
        return "the gap matrix: customers' expectations against what the data shows, ranked by gap";
    }

    @Override
    public String help() {
        return """
                Usage: rapport gap <project> [--from DATE --to DATE] [--json]

                The engagement gap (README, "Gap matrix"): each expectation of the project (the twelve defaults
                until the analyst edits them in the workbench) with its importance (1-5), target, performance
                (the mean of its indicators, 0-100) and gap = importance / 5 x max(0, target - performance), per
                channel and over all channels (weighted by each cell's basis), ranked by gap, with the change
                against the previous period; then every indicator per channel with its basis (numerator /
                denominator) and formula. The first run after an import applies the definitions to every
                interaction (and scores sentiment) once.
                  --from DATE     first day of the period (YYYY-MM-DD, UTC); give --to too
                  --to DATE       last day of the period (inclusive)
                                  without them: the calendar month of the latest interaction, against the
                                  month before; with them: against as many days just before
                  --json          {"period":{"from":..,"to":..},"previous_period":{..},"channels":[..],
                                   "rows":[{"rank":1,"id":..,"label":..,"importance":..,"importance_source":..,
                                   "target":..,"indicators":[..],"performance":..,"gap":..,
                                   "previous_performance":..,"previous_gap":..,"change":..,"notes":[..],
                                   "cells":[{"channel":..,"performance":..,"gap":..,"basis":N,
                                   "indicators":{"id":{"value":..,"numerator":N,"denominator":N,"note":..}}}]}],
                                   "indicators":[{"id":..,"label":..,"version":..,"formula":..,"failure":..,
                                   "channels":[{"channel":..,"value":..,"numerator":N,"denominator":N,
                                   "note":..,"previous":{..}}]}],"shortfalls":[..],"sentiment_model":..};
                                  null where a value is undefined
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--from", "--to"), Set.of("--json"));
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        GapPeriod period = period(a);
        GapReport report;
        try (ProjectStore store = services.projects().open(dir)) {
            report = services.gap().report(store, services.gap().model(store), period,
                    new ConsoleProgress(console.err()));
        }
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> GapJson.write(g, report));
        } else {
            printTable(console.out(), report);
        }
        return ExitCodes.OK;
    }

    static GapPeriod period(Arguments a) throws UsageException {
        LocalDate from = AnalysisOptions.date(a, "--from");
        LocalDate to = AnalysisOptions.date(a, "--to");
        if ((from == null) != (to == null)) {
            throw new UsageException("--from and --to go together (or leave both out for the latest month)");
        }
        try {
            return from == null ? null : new GapPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void printTable(PrintStream out, GapReport r) {
        out.printf("Engagement gap %s, against %s (negative by %s)%n%n", r.period(), r.previousPeriod(),
                r.sentimentModel());
        StringBuilder head = new StringBuilder(String.format("%4s %-30s %5s %6s %6s %6s %7s", "rank", "expectation",
                "imp.", "target", "perf.", "gap", "change"));
        r.channels().forEach(c -> head.append(String.format(" %11s", clip(c, 11))));
        out.println(head);
        for (ExpectationGap row : r.rows()) {
            StringBuilder line = new StringBuilder(String.format("%4d %-30s %5s %6.0f %6s %6s %7s", row.rank(),
                    clip(row.expectation().label(), 30), number(row.importance()), row.expectation().target(),
                    number(row.performance()), number(row.gap()), signed(row.change())));
            for (GapCell c : row.cells()) {
                line.append(String.format(" %11s", number(c.gap())));
            }
            out.println(line);
        }
        out.println("(per channel: the cell's gap; '-' = no measured performance)");
        out.println();
        StringBuilder ihead = new StringBuilder(String.format("%-28s", "indicator (value, basis)"));
        r.channels().forEach(c -> ihead.append(String.format(" %15s", clip(c, 15))));
        out.println(ihead);
        for (IndicatorResult i : r.indicators()) {
            StringBuilder line = new StringBuilder(String.format("%-28s", clip(i.indicator().id(), 28)));
            for (ChannelMeasurement m : i.channels()) {
                line.append(String.format(" %15s", measurement(m.current())));
            }
            out.println(line + (i.failure() == null ? "" : "  FAILED: " + i.failure()));
        }
        out.println();
        out.println("Formulas:");
        r.indicators().forEach(i -> out.println("  " + i.indicator().id() + ": " + i.indicator().formula()));
        out.println("Typical shortfalls, measured by:");
        for (Shortfall s : r.shortfalls()) {
            out.println("  " + s.label() + ": " + String.join(", ", s.indicators()));
        }
        boolean header = false;
        for (ExpectationGap row : r.rows()) {
            for (String note : row.notes()) {
                if (!header) {
                    out.println("Notes:");
                    header = true;
                }
                out.println("  " + row.expectation().label() + ": " + note);
            }
        }
    }

    private static String measurement(Measurement m) {
        return (m.value() == null ? "-" : String.format("%.1f", m.value())) + " (" + m.numerator() + "/"
                + m.denominator() + ")";
    }

    private static String number(Double v) {
        return v == null ? "-" : String.format("%.1f", v);
    }

    private static String signed(Double v) {
        return v == null ? "-" : String.format("%+.1f", v);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
