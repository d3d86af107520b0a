package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rapport metrics}: the response metrics of DESIGN.md §3, grouped one way. */
final class MetricsCommand implements Command {
    private final CliServices services;

    MetricsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public String summary() {
        return "response metrics: response rate, first response time, unanswered negatives";
    }

    @Override
    public String help() {
        return """
                Usage: rapport metrics <project> [--by channel|month|department] [filters] [--json]

                Response metrics as the README defines them: inbound, addressed (to us), responded, response
                rate, first response time (median and p90 in minutes, continuous quantiles), negative addressed
                and negative unanswered, per group and in total. Groups: the channel or the UTC month of the
                inbound interaction, or the department of the first response (brand account, (no response),
                (not addressed)). The first run on a project scores the sentiment of every interaction once.
                  --by KEY        channel (default), month or department
                """ + AnalysisOptions.HELP + """
                  --json          {"by":..,"groups":[{"key":..,"inbound":N,...}],"total":{...}}; null where
                                  a value is undefined (no addressed interaction, no response)
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, AnalysisOptions.with(Set.of("--by")), Set.of("--json"));
        Path dir = Path.of(a.requireOnePositional("<project> directory"));
        Grouping by;
        try {
            by = a.value("--by") == null ? Grouping.CHANNEL : Grouping.fromId(a.value("--by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var filter = AnalysisOptions.filter(a);
        MetricsReport report;
        try (ProjectStore store = services.projects().open(dir)) {
            report = services.cycle().metrics(store, by, filter, new ConsoleProgress(console.err()));
        }
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> {
                g.writeStringField("by", by.id());
                g.writeArrayFieldStart("groups");
                for (ResponseMetrics m : report.groups()) {
                    g.writeStartObject();
                    g.writeStringField("key", m.key());
                    writeFields(g, m);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("total");
                writeFields(g, report.total());
                g.writeEndObject();
                g.writeStringField("sentiment_model", report.sentimentModel());
            });
        } else {
            printTable(console.out(), report);
        }
        return ExitCodes.OK;
    }

    static void writeFields(JsonGenerator g, ResponseMetrics m) throws IOException {
        g.writeNumberField("inbound", m.inbound());
        g.writeNumberField("addressed", m.addressed());
        g.writeNumberField("responded", m.responded());
        number(g, "response_rate", m.responseRate());
        g.writeObjectFieldStart("first_response_minutes");
        number(g, "median", m.medianMinutes());
        number(g, "p90", m.p90Minutes());
        g.writeEndObject();
        g.writeNumberField("negative_addressed", m.negativeAddressed());
        g.writeNumberField("negative_unanswered", m.negativeUnanswered());
    }

    static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void printTable(PrintStream out, MetricsReport report) {
        String format = "%-22s %9s %9s %9s %8s %10s %10s %9s %10s%n";
        out.printf(format, report.by().id(), "inbound", "addressed", "responded", "rate", "median min", "p90 min",
                "negative", "neg. unans");
        for (ResponseMetrics m : report.groups()) {
            row(out, format, m.key(), m);
        }
        row(out, format, "total", report.total());
        out.println("Negative = sentiment <= -0.05 (" + report.sentimentModel() + ") or a rating <= 2.");
    }

    private static void row(PrintStream out, String format, String key, ResponseMetrics m) {
        out.printf(format, key, String.format("%,d", m.inbound()), String.format("%,d", m.addressed()),
                String.format("%,d", m.responded()), percent(m.responseRate()), minutes(m.medianMinutes()),
                minutes(m.p90Minutes()), String.format("%,d", m.negativeAddressed()),
                String.format("%,d", m.negativeUnanswered()));
    }

    static String percent(Double v) {
        return v == null ? "-" : String.format("%.1f%%", v * 100);
    }

    static String minutes(Double v) {
        return v == null ? "-" : String.format("%,.1f", v);
    }
}
