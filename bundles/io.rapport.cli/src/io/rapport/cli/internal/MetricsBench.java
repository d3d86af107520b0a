package io.rapport.cli.internal;

import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code rapport bench metrics}: the response metrics of a generated project against hand-written DuckDB SQL
 * for the same numbers, through the same store, in the same process.
 */
final class MetricsBench {
    /**
     * The per-channel metrics written by hand, straight from the definitions, without the shared facts query:
     * the baseline. It must give the same numbers.
     */
    private static final String BASELINE = """
            WITH v AS (
                SELECT i.channel, i.source_id, i.kind, i.created_at, i.in_reply_to, i.space, i.rating, i.mentions,
                       coalesce(i.author_role, a.role, 'customer') <> 'customer' AS ours
                FROM interactions i
                LEFT JOIN project_actors a ON a.channel = i.channel AND a.handle = lower(ltrim(i.author_handle, '@'))
            ), addr AS (
                SELECT c.channel, c.source_id, c.created_at, c.rating FROM v c
                WHERE NOT c.ours AND (
                    EXISTS (SELECT 1 FROM v p WHERE p.channel = c.channel AND p.source_id = c.in_reply_to AND p.ours)
                    OR EXISTS (SELECT 1 FROM (SELECT unnest(c.mentions) AS m) u JOIN project_actors o
                               ON o.channel = c.channel AND o.role = 'our_account' AND o.handle = lower(ltrim(u.m, '@')))
                    OR (c.in_reply_to IS NULL AND (c.kind IN ('review', 'ticket') OR EXISTS (
                        SELECT 1 FROM project_spaces s WHERE s.channel = c.channel AND lower(s.name) = lower(c.space)))))
            ), resp AS (
                SELECT a.channel, a.source_id, min(r.created_at) AS first_at
                FROM addr a JOIN v r ON r.channel = a.channel AND r.in_reply_to = a.source_id AND r.ours
                                    AND r.created_at >= a.created_at
                GROUP BY a.channel, a.source_id
            ), stats AS (
                SELECT a.channel, count(*) AS addressed, count(r.first_at) AS responded,
                       quantile_cont(date_diff('millisecond', a.created_at, r.first_at) / 60000.0, 0.5) AS median,
                       quantile_cont(date_diff('millisecond', a.created_at, r.first_at) / 60000.0, 0.9) AS p90,
                       count(*) FILTER (WHERE s.score <= -0.05 OR a.rating <= 2) AS neg,
                       count(*) FILTER (WHERE (s.score <= -0.05 OR a.rating <= 2) AND r.first_at IS NULL) AS neg_un
                FROM addr a
                LEFT JOIN resp r ON r.channel = a.channel AND r.source_id = a.source_id
                LEFT JOIN sentiment_scores s ON s.channel = a.channel AND s.source_id = a.source_id AND s.model = ?
                GROUP BY a.channel
            )
            SELECT v.channel, count(*) AS inbound, any_value(st.addressed), any_value(st.responded),
                   any_value(st.median), any_value(st.p90), any_value(st.neg), any_value(st.neg_un)
            FROM v LEFT JOIN stats st ON st.channel = v.channel
            WHERE NOT v.ours
            GROUP BY v.channel ORDER BY v.channel
            """;
    private static final int RUNS = 3;

    private final CliServices services;

    MetricsBench(CliServices services) {
        this.services = services;
    }

    int run(Arguments a, Console console) throws Exception {
        long rows = BenchCommand.parseRows(a.value("--rows"), 10_000_000L);
        boolean temporary = a.value("--dir") == null;
        Path work = temporary ? Files.createTempDirectory("rapport-bench")
                : Files.createDirectories(Path.of(a.value("--dir")));
        Map<String, Object> results = new LinkedHashMap<>();
        try (ProjectStore store = services.projects().create(work.resolve("project"), BenchProjectWriter.settings())) {
            console.err().println("generating a project of " + rows + " interactions ...");
            long t0 = System.nanoTime();
            long imported;
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("generated", "bench");
                new BenchProjectWriter().write(w, rows);
                imported = w.finish().imported();
                tx.commit();
            }
            results.put("interactions", imported);
            results.put("generate_seconds", seconds(t0));
            console.err().println("scoring sentiment ...");
            long t1 = System.nanoTime();
            long scored = services.scoring().ensureScored(store, new NullProgressMonitor());
            double scoring = seconds(t1);
            results.put("sentiment_model", services.scoring().activeModelKey());
            results.put("sentiment_seconds", scoring);
            results.put("sentiment_texts_per_s", Math.round(scored / scoring));
            console.err().println("timing metrics against the hand-written SQL ...");
            String model = services.scoring().activeModelKey();
            // the first analysis after a change of the data applies the definitions to every interaction and
            // keeps the result (the facts table); later ones aggregate it
            long c0 = System.nanoTime();
            services.cycle().metrics(store, Grouping.CHANNEL, AnalysisFilter.all(), new NullProgressMonitor());
            double cold = seconds(c0);
            List<Double> rapport = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            MetricsReport report = null;
            List<ResponseMetrics> hand = null;
            long peakHeap;
            try (HeapPeakSampler heap = new HeapPeakSampler()) {
                for (int run = 0; run <= RUNS; run++) {
                    long s0 = System.nanoTime();
                    report = services.cycle().metrics(store, Grouping.CHANNEL, AnalysisFilter.all(),
                            new NullProgressMonitor());
                    double r = seconds(s0);
                    long s1 = System.nanoTime();
                    hand = baseline(store, model);
                    double b = seconds(s1);
                    if (run > 0) {
                        rapport.add(r);
                        baseline.add(b);
                    }
                }
                peakHeap = heap.peak();
            }
            if (!sameNumbers(hand, report.groups())) {
                console.err().println("rapport bench: the metrics differ from the baseline:\n  rapport  "
                        + report.groups() + "\n  baseline " + hand);
                return ExitCodes.INTERNAL_ERROR;
            }
            double rapportMedian = median(rapport);
            double baselineMedian = median(baseline);
            results.put("metrics_first_seconds", cold);
            results.put("metrics_seconds", rapportMedian);
            results.put("baseline_seconds", baselineMedian);
            results.put("ratio", BenchCommand.round(rapportMedian / baselineMedian));
            results.put("ratio_first", BenchCommand.round(cold / baselineMedian));
            for (Grouping g : List.of(Grouping.MONTH, Grouping.DEPARTMENT)) {
                long s = System.nanoTime();
                services.cycle().metrics(store, g, AnalysisFilter.all(), new NullProgressMonitor());
                results.put("metrics_by_" + g.id() + "_seconds", seconds(s));
            }
            results.put("peak_heap_mb", BenchCommand.round(peakHeap / 1e6));
            results.put("responded", report.total().responded());
            results.put("addressed", report.total().addressed());
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(work);
            }
        }
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> {
                for (var e : results.entrySet()) {
                    if (e.getValue() instanceof Number n) {
                        g.writeNumberField(e.getKey(), n.doubleValue() == n.longValue() ? n.longValue() : n.doubleValue());
                    } else {
                        g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
            });
        } else {
            results.forEach((k, v) -> console.out().printf("%-32s %s%n", k, v));
            console.out().println("ratio = Rapport's metrics time / the hand-written SQL's (median of " + RUNS
                    + " alternating runs after a warm-up; 1.0 = as fast); ratio_first = the first metrics after"
                    + " the import, which builds the facts table, / the hand-written SQL's");
        }
        return ExitCodes.OK;
    }

    private static List<ResponseMetrics> baseline(ProjectStore store, String model) throws Exception {
        List<ResponseMetrics> out = new ArrayList<>();
        store.query(BASELINE, List.of(model), r -> {
            long addressed = r.get(2) == null ? 0 : ((Number) r.get(2)).longValue();
            long responded = r.get(3) == null ? 0 : ((Number) r.get(3)).longValue();
            out.add(new ResponseMetrics((String) r.get(0), ((Number) r.get(1)).longValue(), addressed, responded,
                    addressed == 0 ? null : (double) responded / addressed, real(r.get(4)), real(r.get(5)),
                    r.get(6) == null ? 0 : ((Number) r.get(6)).longValue(),
                    r.get(7) == null ? 0 : ((Number) r.get(7)).longValue()));
        });
        return out;
    }

    private static Double real(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static boolean sameNumbers(List<ResponseMetrics> a, List<ResponseMetrics> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ResponseMetrics x = a.get(i);
            ResponseMetrics y = b.get(i);
            if (!Objects.equals(x.key(), y.key()) || x.inbound() != y.inbound() || x.addressed() != y.addressed()
                    || x.responded() != y.responded() || x.negativeAddressed() != y.negativeAddressed()
                    || x.negativeUnanswered() != y.negativeUnanswered() || !close(x.medianMinutes(), y.medianMinutes())
                    || !close(x.p90Minutes(), y.p90Minutes())) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(Double x, Double y) {
        return x == null ? y == null : y != null && Math.abs(x - y) < 1e-6;
    }

    private static double seconds(long startNanos) {
        return BenchCommand.round((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
