package io.rapport.cli.internal;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;

import org.duckdb.DuckDBDriver;
import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code rapport bench}. {@code bench import}: Rapport's import of a generated file of one of the
 * {@link BenchFormats} against DuckDB's own reader of the same file, in the same process, as throughputs and their
 * ratio; the other benchmarks are {@link MetricsBench}, {@link ScoreBench} and {@link GapBench}.
 */
final class BenchCommand implements Command {
    private final CliServices services;

    BenchCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks: 'bench import' (against DuckDB's JSON reader), 'bench metrics', 'bench score'"
                + " and 'bench gap' (against hand SQL)";
    }

    @Override
    public String help() {
        return """
                Usage: rapport bench import [--format ID] [--rows N] [--dir DIR] [--json]
                       rapport bench metrics [--rows N] [--dir DIR] [--json]
                       rapport bench score [--respondents N] [--dir DIR] [--json]
                       rapport bench gap [--interactions N] [--dir DIR] [--json]

                Generates N records of a format (default: 2,000,000 interactions in the interchange format),
                imports them into a fresh project, then lets DuckDB's own reader load the same file into a scratch
                database, in the same process, three times in turn after a warm-up of both on a file of N/10
                records (at most 200,000). Prints both median throughputs (MB/s, rows/s), the peak heap of the
                import and the ratio of the import's rows/s to DuckDB's ("ratio" in --json; 1.0 = as fast as
                DuckDB), and the warm-up's own figures (the process's first import, "warm_up" in --json).
                  --format ID one of:
                %s
                  --rows N    number of records
                  --dir DIR   work directory (default: a temporary directory, deleted afterwards)

                bench metrics: generates a project of N interactions (default 10,000,000: threads with our
                replies, staff of several departments, reviews, tickets, customers answering each other),
                scores its sentiment once (reported as texts/s), then times the response metrics by channel
                against hand-written DuckDB SQL for the same numbers, in the same process: the first run after
                the import (which builds the facts table) once, then alternating, median of 3 runs after a
                warm-up; also by month and by department. Fails if the numbers differ.

                bench score: generates a survey of N respondents (default 1,000,000) answering the 11 items of the
                demo instrument, imports it (reported as respondents/s), then scores it with each shipped rule
                (cumulative, top-box-share, mean-thresholds) against one hand-written DuckDB query per rule for
                the same segments and per-level counts, in the same process: the first score after the import
                once, then alternating, median of 3 runs after a warm-up. Fails if the numbers differ.

                bench gap: generates the project of bench metrics (N interactions, default 10,000,000), scores its
                sentiment, then times the gap report (all default indicators per channel, the whole generated
                period against the one before, the default rows) against one hand-written DuckDB query of the
                same numerators and denominators over the same gap facts, in the same process: the first report
                after the import (which applies the definitions to every interaction) once, then alternating,
                median of 3 runs after a warm-up. Fails if the numbers differ.
                """.formatted(BenchFormats.ALL.stream().map(f -> "    " + f.id() + ": " + f.describe())
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    /**
     * Measured runs of each side after a warm-up, as the other benchmarks do: the first import of a process also
     * compiles its code (measured: about 0.7 s of 3.7 s for 2 million interchange records), which says nothing
     * about the import's speed; the warm-up's own figures are reported beside.
     */
    static final int RUNS = 3;
    static final long WARM_UP_ROWS = 200_000;

    /** One measured load. */
    private record Run(double seconds, long rows, long peakHeapBytes) {
        /** The run of median time, with the highest peak heap of all. */
        static Run median(List<Run> runs) {
            List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
            Run m = sorted.get(sorted.size() / 2);
            long peak = runs.stream().mapToLong(Run::peakHeapBytes).max().orElse(0);
            return new Run(m.seconds(), m.rows(), peak);
        }
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--rows", "--dir", "--respondents", "--interactions", "--format"),
                Set.of("--json"));
        if (a.value("--respondents") != null && !a.positional().equals(List.of("score"))) {
            throw new UsageException("--respondents is an option of 'bench score'");
        }
        if (a.value("--interactions") != null && !a.positional().equals(List.of("gap"))) {
            throw new UsageException("--interactions is an option of 'bench gap'");
        }
        if (a.positional().equals(List.of("gap"))) {
            if (a.value("--rows") != null) {
                throw new UsageException("'bench gap' counts --interactions, not --rows");
            }
            return new GapBench(services).run(a, console);
        }
        if (a.positional().equals(List.of("metrics"))) {
            return new MetricsBench(services).run(a, console);
        }
        if (a.positional().equals(List.of("score"))) {
            return new ScoreBench(services).run(a, console);
        }
        if (!a.positional().equals(List.of("import"))) {
            throw new UsageException("expected 'bench import', 'bench metrics', 'bench score' or 'bench gap'");
        }
        BenchFormat format = BenchFormats.byId(a.value("--format") == null ? "rapport-jsonl" : a.value("--format"));
        long rows = parseRows(a.value("--rows"), format.defaultRows());
        boolean temporary = a.value("--dir") == null;
        Path work = temporary ? Files.createTempDirectory("rapport-bench") : Files.createDirectories(Path.of(a.value("--dir")));
        try {
            Path data = work.resolve(format.fileName());
            console.err().println("generating " + rows + " records (" + format.id() + ") in " + data + " ...");
            format.write(data, rows);
            Map<String, String> options = format.options(work);
            long bytes = Files.size(data);
            Path warmUp = Files.createDirectories(work.resolve("warm-up"));
            Path warmData = warmUp.resolve(format.fileName());
            long warmRows = Math.max(1, Math.min(WARM_UP_ROWS, rows / 10));
            format.write(warmData, warmRows);
            console.err().println("warming up: " + warmRows + " records with Rapport, then with DuckDB ...");
            Run firstRapport = rapportImport(warmUp.resolve("project"), warmData, format.id(), format.options(warmUp));
            Run firstDuckdb = duckdbLoad(warmUp.resolve("scratch.duckdb"), warmData, format.duckdbLoad());
            deleteTree(warmUp);
            List<Run> rapportRuns = new java.util.ArrayList<>();
            List<Run> duckdbRuns = new java.util.ArrayList<>();
            for (int k = 1; k <= RUNS; k++) {
                console.err().println("run " + k + " of " + RUNS + ": importing with Rapport, then loading with DuckDB "
                        + format.duckdbReader() + " ...");
                deleteTree(work.resolve("project"));
                Files.deleteIfExists(work.resolve("scratch.duckdb"));
                rapportRuns.add(rapportImport(work.resolve("project"), data, format.id(), options));
                duckdbRuns.add(duckdbLoad(work.resolve("scratch.duckdb"), data, format.duckdbLoad()));
            }
            Run rapport = Run.median(rapportRuns);
            Run duckdb = Run.median(duckdbRuns);
            double mb = bytes / 1e6;
            double ratio = (rapport.rows() / rapport.seconds()) / (duckdb.rows() / duckdb.seconds());
            double firstRatio = (firstRapport.rows() / firstRapport.seconds())
                    / (firstDuckdb.rows() / firstDuckdb.seconds());
            if (a.flag("--json")) {
                JsonOutput.print(console.out(), g -> {
                    g.writeStringField("format", format.id());
                    g.writeStringField("duckdb_reader", format.duckdbReader());
                    g.writeNumberField("rows", rows);
                    g.writeNumberField("bytes", bytes);
                    g.writeNumberField("runs", RUNS);
                    for (var e : List.of(java.util.Map.entry("rapport", rapportRuns),
                            java.util.Map.entry("duckdb", duckdbRuns))) {
                        Run m = Run.median(e.getValue());
                        g.writeObjectFieldStart(e.getKey());
                        g.writeNumberField("seconds", round(m.seconds()));
                        g.writeNumberField("rows_loaded", m.rows());
                        g.writeNumberField("mb_per_s", round(mb / m.seconds()));
                        g.writeNumberField("rows_per_s", Math.round(m.rows() / m.seconds()));
                        g.writeNumberField("peak_heap_mb", round(m.peakHeapBytes() / 1e6));
                        g.writeArrayFieldStart("run_seconds");
                        for (Run r : e.getValue()) {
                            g.writeNumber(round(r.seconds()));
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeObjectFieldStart("warm_up");
                    g.writeNumberField("rows", warmRows);
                    g.writeNumberField("rapport_seconds", round(firstRapport.seconds()));
                    g.writeNumberField("duckdb_seconds", round(firstDuckdb.seconds()));
                    g.writeNumberField("ratio", round(firstRatio));
                    g.writeEndObject();
                    g.writeNumberField("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
                    g.writeNumberField("ratio", round(ratio));
                });
            } else {
                console.out().printf("data: %,d rows, %.1f MB; median of %d runs after a warm-up on %,d rows%n", rows,
                        mb, RUNS, warmRows);
                console.out().printf("rapport import: %.2f s, %.1f MB/s, %,.0f rows/s, peak heap %.0f MB (max %.0f MB)%n",
                        rapport.seconds(), mb / rapport.seconds(), rapport.rows() / rapport.seconds(),
                        rapport.peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
                console.out().printf("duckdb %s: %.2f s, %.1f MB/s, %,.0f rows/s%n", format.duckdbReader(),
                        duckdb.seconds(),
                        mb / duckdb.seconds(), duckdb.rows() / duckdb.seconds());
                console.out().printf("ratio (rapport rows/s / duckdb rows/s): %.2f%n", ratio);
                console.out().printf("warm-up (the process's first import, %,d rows): rapport %.2f s, duckdb %.2f s,"
                        + " ratio %.2f%n", warmRows, firstRapport.seconds(), firstDuckdb.seconds(), firstRatio);
            }
            return ExitCodes.OK;
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    private Run rapportImport(Path projectDir, Path data, String format, Map<String, String> options)
            throws Exception {
        try (HeapPeakSampler heap = new HeapPeakSampler();
                ProjectStore store = services.projects().create(projectDir, ProjectSettings.named("bench"))) {
            long t0 = System.nanoTime();
            ImportReport r = services.imports().importFiles(store, new ImportRequest(List.of(data), format, false, options),
                    new NullProgressMonitor());
            double s = (System.nanoTime() - t0) / 1e9;
            if (r.rejected() > 0) {
                throw new IllegalStateException("the generated data had " + r.rejected() + " rejected records");
            }
            return new Run(s, r.imported(), heap.peak());
        }
    }

    private static Run duckdbLoad(Path scratch, Path data, String load) throws Exception {
        try (HeapPeakSampler heap = new HeapPeakSampler();
                Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + scratch, new Properties())) {
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(load)) {
                ps.setString(1, data.toString());
                ps.execute();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM interactions")) {
                rs.next();
                return new Run(s, rs.getLong(1), heap.peak());
            }
        }
    }

    static long parseRows(String value, long defaultRows) throws UsageException {
        if (value == null) {
            return defaultRows;
        }
        try {
            long n = Long.parseLong(value.replace("_", "").replace(",", ""));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--rows needs a positive number, not '" + value + "'");
        }
    }

    /** The --dir directory (created if needed), or a new temporary one that the caller deletes afterwards. */
    static Path workDirectory(Arguments a) throws IOException {
        return a.value("--dir") == null ? Files.createTempDirectory("rapport-bench")
                : Files.createDirectories(Path.of(a.value("--dir")));
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A benchmark's results: one JSON object with --json, otherwise one line each and the explanation. */
    static void printResults(Arguments a, Console console, java.util.Map<String, Object> results, String explanation)
            throws IOException {
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> {
                for (var e : results.entrySet()) {
                    if (e.getValue() instanceof Number n && n.doubleValue() == n.longValue()) {
                        // (not a conditional expression: it would promote the long to a double, 1000000.0)
                        g.writeNumberField(e.getKey(), n.longValue());
                    } else if (e.getValue() instanceof Number n) {
                        g.writeNumberField(e.getKey(), n.doubleValue());
                    } else {
                        g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
            });
        } else {
            results.forEach((k, v) -> console.out().printf("%-40s %s%n", k, v));
            console.out().println(explanation);
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
