package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The commands as a script would use them: arguments, exit codes, the --json documents. */
class CommandLineTest {
    private static final Cli CLI = new Cli();
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void close() {
        CLI.close();
    }

    private static String line(String id, String handle, String text) {
        return "{\"channel\":\"x\",\"id\":\"" + id + "\",\"kind\":\"post\",\"author\":{\"handle\":\"" + handle
                + "\"},\"created_at\":\"2025-02-03T04:05:06Z\",\"text\":\"" + text + "\"}";
    }

    private static Path file(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        return JSON.readTree(r.out());
    }

    @Test
    void newThenImportThenInfo(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("acme");
        Cli.Result created = CLI.run("new", p.toString(), "--name", "Acme", "--account", "x:AcmeHelp", "--staff",
                "x:jdoe:support", "--staff", "reddit:kim:product", "--space", "reddit:r/acme");
        assertEquals(0, created.exitCode(), created.err());
        Path data = file(tmp, "x.jsonl", line("1", "carol", "@acmehelp my order is late"), "{broken",
                line("2", "acmehelp", "sorry, we are on it"), line("1", "carol", "again"));
        Cli.Result imported = CLI.run("import", p.toString(), data.toString(), "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode r = json(imported);
        assertEquals(2, r.get("imported").asInt());
        assertEquals(1, r.get("duplicates").asInt());
        assertEquals(1, r.get("rejected").asInt());
        JsonNode f = r.get("files").get(0);
        assertEquals(data.toString(), f.get("file").asText());
        assertEquals("rapport-jsonl", f.get("format").asText());
        assertEquals(List.of(2, 1, 1), List.of(f.get("imported").asInt(), f.get("duplicates").asInt(), f.get("rejected").asInt()));
        assertEquals(2, f.get("errors").get(0).get("line").asInt());
        assertTrue(f.get("errors").get(0).get("reason").asText().startsWith("invalid JSON"));

        Cli.Result info = CLI.run("info", p.toString(), "--json");
        assertEquals(0, info.exitCode(), info.err());
        JsonNode i = json(info);
        assertEquals("Acme", i.get("project").asText());
        assertEquals(2, i.get("interactions").asInt());
        assertEquals("2025-02-03T04:05:06Z", i.get("first").asText());
        assertEquals("x", i.get("channels").get(0).get("channel").asText());
        assertEquals(2, i.get("channels").get(0).get("kinds").get("post").asInt());
        assertEquals(1, i.get("datasets").size());
        assertEquals("acmehelp", i.get("our_accounts").get(0).get("handle").asText());
        assertEquals("product", i.get("staff").get(1).get("department").asText());
        assertEquals("r/acme", i.get("spaces").get(0).get("name").asText());

        Cli.Result human = CLI.run("info", p.toString());
        assertTrue(human.out().contains("Interactions: 2 from 2025-02-03T04:05:06Z"), human.out());
        assertTrue(human.out().contains("x:jdoe (support)"), human.out());
    }

    @Test
    void humanImportOutputNamesFileLineAndReason(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        CLI.run("new", p.toString());
        Path data = file(tmp, "x.jsonl", line("1", "a", "ok"), "{\"channel\":\"x\"}");
        Cli.Result r = CLI.run("import", p.toString(), data.toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains(data + " (rapport-jsonl): 1 imported, 0 duplicates, 1 rejected"), r.out());
        assertEquals(data + ":2: missing required field 'id'\n", r.err());
    }

    /** A zip written by the test: name to content. */
    private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return file;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void importingAZipReportsEachEntryAsAFile(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        CLI.run("new", p.toString());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/mentions.jsonl", (line("1", "a", "one") + "\n{broken\n").getBytes(StandardCharsets.UTF_8));
        entries.put("data/older/replies.jsonl.gz", gzip(line("2", "b", "two") + "\n" + line("3", "c", "three") + "\n"));
        entries.put("readme.txt", "notes".getBytes(StandardCharsets.UTF_8));
        Path export = zip(tmp.resolve("export.zip"), entries);
        Cli.Result r = CLI.run("import", p.toString(), export.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode files = json(r).get("files");
        assertEquals(2, files.size());
        assertEquals(export + "!/data/mentions.jsonl", files.get(0).get("file").asText());
        assertEquals(List.of(1, 0, 1), List.of(files.get(0).get("imported").asInt(), files.get(0).get("duplicates").asInt(),
                files.get(0).get("rejected").asInt()));
        assertEquals(2, files.get(0).get("errors").get(0).get("line").asInt());
        assertEquals(export + "!/data/older/replies.jsonl.gz", files.get(1).get("file").asText());
        assertEquals("rapport-jsonl", files.get(1).get("format").asText());
        assertEquals(2, files.get(1).get("imported").asInt());
        assertEquals(3, json(r).get("imported").asInt());

        Cli.Result human = CLI.run("import", p.toString(), export.toString());
        assertTrue(human.out().contains(export + "!/data/older/replies.jsonl.gz (rapport-jsonl): 0 imported, 2 duplicates,"
                + " 0 rejected"), human.out());
        assertTrue(human.err().contains(export + "!/data/mentions.jsonl:2: "), human.err());
        assertTrue(CLI.run("info", p.toString()).out().contains("#1 export.zip!/data/mentions.jsonl [rapport-jsonl]"),
                "a dataset of an entry is listed with its archive");
    }

    @Test
    void aRefusedArchiveIsExitCode2NamingArchiveEntryAndLimit(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        CLI.run("new", p.toString());
        Path slip = zip(tmp.resolve("slip.zip"), Map.of("../outside.jsonl", (line("1", "a", "x") + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = CLI.run("import", p.toString(), slip.toString());
        assertEquals(2, r.exitCode());
        assertEquals("rapport import: " + slip + ": refused: entry '../outside.jsonl' points outside the archive"
                + " (zip-slip)\n", r.err());
        assertEquals(0, json(CLI.run("info", p.toString(), "--json")).get("interactions").asInt());
    }

    @Test
    void strictRejectsEverythingWithExitCode3(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        CLI.run("new", p.toString());
        Path data = file(tmp, "x.jsonl", line("1", "a", "ok"), "nope");
        Cli.Result r = CLI.run("import", p.toString(), data.toString(), "--strict", "--json");
        assertEquals(3, r.exitCode());
        assertEquals(0, json(r).get("imported").asInt());
        assertFalse(json(r).get("committed").asBoolean());
        assertEquals(0, json(CLI.run("info", p.toString(), "--json")).get("interactions").asInt());
    }

    @Test
    void aMissingFileIsExitCode2WithOneLine(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        CLI.run("new", p.toString());
        Cli.Result r = CLI.run("import", p.toString(), tmp.resolve("nowhere.jsonl").toString());
        assertEquals(2, r.exitCode());
        assertEquals("rapport import: " + tmp.resolve("nowhere.jsonl") + ": no such file or directory\n", r.err());
        Cli.Result noProject = CLI.run("info", tmp.resolve("nothing-here").toString());
        assertEquals(2, noProject.exitCode());
        assertEquals(1, noProject.err().lines().count(), noProject.err());
        assertTrue(noProject.err().startsWith("rapport info: No project at "), noProject.err());
    }

    @Test
    void aProjectOpenElsewhereIsExitCode4NamingIt(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("busy");
        CLI.run("new", p.toString(), "--name", "Busy one");
        ProjectStoreProvider provider = new OsgiServiceLookup(org.osgi.framework.FrameworkUtil.getBundle(getClass())
                .getBundleContext()).get(ProjectStoreProvider.class);
        try (ProjectStore open = provider.open(p)) {
            Cli.Result r = CLI.run("info", p.toString());
            assertEquals(4, r.exitCode());
            assertTrue(r.err().contains("Project 'Busy one'") && r.err().contains("already open"), r.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "new", "formats", "import", "info", "metrics", "cycle", "score", "gap", "journey", "mapping", "sample", "bench" })
    void everyCommandHasHelp(String command) {
        Cli.Result r = CLI.run(command, "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Usage: rapport " + command), r.out());
    }

    @Test
    void usageErrorsAreExitCode2() {
        assertEquals(2, CLI.run().exitCode());
        assertEquals(2, CLI.run("frobnicate").exitCode());
        Cli.Result r = CLI.run("new", "/tmp/x", "--staff", "x:only-two");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("CHANNEL:HANDLE:DEPARTMENT"), r.err());
        assertEquals(2, CLI.run("import", "/tmp/x").exitCode());
        assertEquals(2, CLI.run("info", "/tmp/x", "--bogus").exitCode());
        assertTrue(CLI.run("--help").out().contains("import"));
    }

    @Test
    void formatsListsTheInterchangeImporter() throws Exception {
        JsonNode f = json(CLI.run("formats", "--json")).get("formats");
        JsonNode jsonl = null;
        for (JsonNode n : f) {
            if (n.get("id").asText().equals("rapport-jsonl")) {
                jsonl = n;
            }
        }
        assertTrue(jsonl != null, f.toString());
        assertEquals("*.jsonl", jsonl.get("file_patterns").get(1).asText());
        assertEquals(0, jsonl.get("containers").size(), "the import service opens its zips and .gz files");
        assertTrue(CLI.run("formats").out().contains("rapport-jsonl"));
    }

    @Test
    void sampleWritesTheSampleProjectThatInfoThenShows(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("sample");
        Cli.Result r = CLI.run("sample", p.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Wrote the sample project '"), r.out());
        JsonNode i = json(CLI.run("info", p.toString(), "--json"));
        assertTrue(i.get("interactions").asInt() > 5000, i.toString());
        assertTrue(i.get("channels").size() >= 6, i.toString());
        assertTrue(i.get("staff").size() > 5, i.toString());
        long datasetTotal = 0;
        for (JsonNode d : i.get("datasets")) {
            datasetTotal += d.get("imported").asLong();
        }
        assertEquals(i.get("interactions").asLong(), datasetTotal, "every interaction belongs to a dataset");
        Cli.Result again = CLI.run("sample", p.toString());
        assertEquals(2, again.exitCode(), "the directory already holds a project: " + again.err());
    }

    @Test
    void benchImportReportsBothThroughputsAndTheirRatio(@TempDir Path tmp) throws Exception {
        Cli.Result r = CLI.run("bench", "import", "--rows", "20000", "--dir", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode b = json(r);
        assertEquals(20000, b.get("rapport").get("rows_loaded").asLong());
        assertEquals(20000, b.get("duckdb").get("rows_loaded").asLong());
        double expected = b.get("rapport").get("rows_per_s").asDouble() / b.get("duckdb").get("rows_per_s").asDouble();
        assertEquals(expected, b.get("ratio").asDouble(), 0.01);
        assertTrue(b.get("rapport").get("peak_heap_mb").asDouble() > 0);
        assertEquals(3, b.get("rapport").get("run_seconds").size(), "three measured runs");
        List<Double> runs = new java.util.ArrayList<>();
        b.get("rapport").get("run_seconds").forEach(n -> runs.add(n.asDouble()));
        java.util.Collections.sort(runs);
        assertEquals(runs.get(1), b.get("rapport").get("seconds").asDouble(), 0.001, "the median run is reported");
        assertEquals(2000, b.get("warm_up").get("rows").asLong(), "a warm-up on a tenth of the rows");
        assertTrue(b.get("warm_up").get("rapport_seconds").asDouble() > 0);
        assertTrue(Files.exists(tmp.resolve("project")) && !Files.exists(tmp.resolve("warm-up")),
                "the last run's project is kept in --dir, the warm-up's is not");
    }

    static java.util.stream.Stream<String> benchFormats() {
        return BenchFormats.ALL.stream().map(BenchFormat::id);
    }

    /** Every bench format's generated file imports completely, and DuckDB's baseline reads as many records. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("benchFormats")
    void everyBenchFormatImportsAllItsRecordsAndSoDoesItsBaseline(String format, @TempDir Path tmp) throws Exception {
        Cli.Result r = CLI.run("bench", "import", "--format", format, "--rows", "3000", "--dir", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode b = json(r);
        assertEquals(format, b.get("format").asText());
        assertEquals(3000, b.get("rapport").get("rows_loaded").asLong());
        assertEquals(3000, b.get("duckdb").get("rows_loaded").asLong(), "the baseline reads every record");
        Cli.Result help = CLI.run("bench", "--help");
        assertTrue(help.out().contains("    " + format + ": "), help.out());
    }
}
