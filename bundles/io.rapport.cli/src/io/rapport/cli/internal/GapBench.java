package io.rapport.cli.internal;

import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code rapport bench gap}: the gap report (every default indicator, per channel, for the whole generated
 * period and the period before it) against one hand-written DuckDB query over the same gap facts that computes
 * the same numerators and denominators, through the same store, in the same process. The first report after the
 * import, which applies the definitions to every interaction (both fact tables), is timed on its own.
 */
final class GapBench {
    /**
     * The nine default indicators' numerators and denominators per channel, written by hand in one GROUP BY: the
     * baseline. Columns from {@link #START}: numerator then denominator of each of {@link #INDICATORS} (weeks
     * only for consistent presence: its denominator is the period's weeks); then the response rates of
     * occasional and frequent authors (numerator, denominator each).
     */
    private static final String BASELINE = """
            SELECT channel,
                   count(*) FILTER (WHERE addressed AND negative AND thanked),
                   count(*) FILTER (WHERE addressed AND negative),
                   count(*) FILTER (WHERE addressed AND idea AND responded),
                   count(*) FILTER (WHERE addressed AND idea),
                   count(DISTINCT date_trunc('week', created_at)) FILTER (WHERE direction = 'outbound'),
                   count(*) FILTER (WHERE addressed AND responded),
                   count(*) FILTER (WHERE addressed),
                   count(*) FILTER (WHERE our_reply AND NOT templated AND addresses_person),
                   count(*) FILTER (WHERE our_reply),
                   count(*) FILTER (WHERE addressed AND negative AND responded AND first_response_minutes <= 240),
                   count(*) FILTER (WHERE addressed AND negative),
                   count(*) FILTER (WHERE our_post AND NOT promotional),
                   count(*) FILTER (WHERE our_post),
                   count(*) FILTER (WHERE addressed AND negative AND responded AND public_answer),
                   count(*) FILTER (WHERE addressed AND negative AND responded),
                   count(*) FILTER (WHERE addressed AND responded),
                   count(*) FILTER (WHERE addressed),
                   count(*) FILTER (WHERE addressed AND responded AND NOT frequent_author),
                   count(*) FILTER (WHERE addressed AND NOT frequent_author),
                   count(*) FILTER (WHERE addressed AND responded AND frequent_author),
                   count(*) FILTER (WHERE addressed AND frequent_author)
            FROM derived_gap_facts
            WHERE created_at >= ? AND created_at < ?
            GROUP BY channel ORDER BY channel
            """;
    private static final List<String> INDICATORS = List.of("accountability", "collaborative-relationship",
            "consistent-presence", "feeling-of-importance", "personalisation", "prompt-dispute-resolution",
            "too-much-selling", "transparency", "two-way-communication");
    private static final int[] START = { 0, 2, 4, 5, 7, 9, 11, 13, 15 };
    private static final int PARITY = 17;
    private static final int RUNS = 3;

    private final CliServices services;

    GapBench(CliServices services) {
        this.services = services;
    }

    int run(Arguments a, Console console) throws Exception {
        long rows = BenchCommand.parseRows(a.value("--interactions"), 10_000_000L);
        boolean temporary = a.value("--dir") == null;
        Path work = BenchCommand.workDirectory(a);
        Map<String, Object> results = new LinkedHashMap<>();
        EngagementGap gap = services.gap();
        try (ProjectStore store = services.projects().create(work.resolve("project"), BenchProjectWriter.settings())) {
            console.err().println("generating a project of " + rows + " interactions ...");
            long t0 = System.nanoTime();
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("generated", "bench");
                new BenchProjectWriter().write(w, rows);
                results.put("interactions", w.finish().imported());
                tx.commit();
            }
            results.put("generate_seconds", seconds(t0));
            console.err().println("scoring sentiment ...");
            long t1 = System.nanoTime();
            services.scoring().ensureScored(store, new NullProgressMonitor());
            results.put("sentiment_seconds", seconds(t1));
            GapModel model = gap.defaults();
            GapPeriod period = wholeData(store);
            results.put("period", period.toString());
            console.err().println("the first gap report (applies the definitions to every interaction) ...");
            long c0 = System.nanoTime();
            gap.report(store, model, period, new NullProgressMonitor());
            double first = seconds(c0);
            console.err().println("timing the gap report against the hand-written SQL ...");
            List<Double> rapport = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            GapReport report = null;
            Map<String, long[]> hand = null;
            for (int run = 0; run <= RUNS; run++) {
                long s0 = System.nanoTime();
                report = gap.report(store, model, period, new NullProgressMonitor());
                double r = seconds(s0);
                long s1 = System.nanoTime();
                hand = baseline(store, period);
                double b = seconds(s1);
                if (run > 0) {
                    rapport.add(r);
                    baseline.add(b);
                }
            }
            String difference = difference(report, period, hand);
            if (difference != null) {
                console.err().println("rapport bench: the gap indicators differ from the baseline: " + difference);
                return ExitCodes.INTERNAL_ERROR;
            }
            double rapportMedian = BenchCommand.median(rapport);
            double baselineMedian = BenchCommand.median(baseline);
            results.put("first_report_seconds", first);
            results.put("report_seconds", rapportMedian);
            results.put("baseline_seconds", baselineMedian);
            results.put("ratio", BenchCommand.round(rapportMedian / baselineMedian));
            results.put("channels", report.channels().size());
            results.put("top_row", report.rows().get(0).expectation().id());
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(work);
            }
        }
        BenchCommand.printResults(a, console, results, "ratio = Rapport's gap report (all default indicators"
                + " per channel for the period and the one before, the gap of the twelve rows) / one hand-written"
                + " query of the same indicators' numerators and denominators over the same facts (median of " + RUNS
                + " alternating runs after a warm-up); first_report = the first report after the import, which"
                + " applies the definitions to every interaction");
        return ExitCodes.OK;
    }

    private static GapPeriod wholeData(ProjectStore store) throws Exception {
        LocalDate[] range = new LocalDate[2];
        store.query("SELECT min(created_at), max(created_at) FROM interactions", List.of(), r -> {
            range[0] = day(r.get(0));
            range[1] = day(r.get(1));
        });
        return new GapPeriod(range[0], range[1]);
    }

    private static LocalDate day(Object o) {
        return o instanceof Timestamp t ? t.toLocalDateTime().toLocalDate() : ((LocalDateTime) o).toLocalDate();
    }

    private static Map<String, long[]> baseline(ProjectStore store, GapPeriod period) throws Exception {
        Map<String, long[]> out = new TreeMap<>();
        store.query(BASELINE, List.of(Timestamp.valueOf(period.from().atStartOfDay()),
                Timestamp.valueOf(period.to().plusDays(1).atStartOfDay())), r -> {
                    long[] v = new long[21];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = ((Number) r.get(i + 1)).longValue();
                    }
                    out.put((String) r.get(0), v);
                });
        return out;
    }

    /** Where the report's values, numerators and denominators differ from the hand-written ones, or null. */
    private static String difference(GapReport report, GapPeriod period, Map<String, long[]> hand) {
        if (!report.channels().equals(List.copyOf(hand.keySet()))) {
            return "channels " + report.channels() + " against " + hand.keySet();
        }
        for (IndicatorResult i : report.indicators()) {
            int k = INDICATORS.indexOf(i.indicator().id());
            for (ChannelMeasurement c : k < 0 ? List.<ChannelMeasurement>of() : i.channels()) {
                long[] v = hand.get(c.channel());
                boolean weeks = i.indicator().id().equals("consistent-presence");
                long numerator = v[START[k]];
                long denominator = weeks ? period.weeks() : v[START[k] + 1];
                Double value = denominator == 0 ? null : 100.0 * numerator / denominator;
                if (i.indicator().id().equals("feeling-of-importance")) {
                    value = parity(v[PARITY], v[PARITY + 1], v[PARITY + 2], v[PARITY + 3]);
                }
                Measurement m = c.current();
                boolean sameValue = value == null ? m.value() == null
                        : m.value() != null && Math.abs(m.value() - value) < 1e-9;
                boolean same = m.numerator() == numerator && m.denominator() == denominator && sameValue;
                if (!same) {
                    return i.indicator().id() + " on " + c.channel() + ": " + m + " against " + numerator + "/"
                            + denominator + " = " + value;
                }
            }
        }
        return null;
    }

    private static Double parity(long occasionalResponded, long occasional, long frequentResponded, long frequent) {
        if (occasional == 0 || frequent == 0) {
            return null;
        }
        double a = (double) occasionalResponded / occasional;
        double b = (double) frequentResponded / frequent;
        return Math.max(a, b) == 0 ? null : 100 * Math.min(a, b) / Math.max(a, b);
    }

    private static double seconds(long startNanos) {
        return BenchCommand.round((System.nanoTime() - startNanos) / 1e9);
    }
}
