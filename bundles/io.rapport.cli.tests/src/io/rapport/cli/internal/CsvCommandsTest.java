package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV files on the command line: import --mapping, mapping guess, and the CSV benchmark. */
class CsvCommandsTest {
    private static final Cli CLI = new Cli();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPORT = "Post ID,Date,User,Message,Likes\n"
            + "p1,2025-02-03T04:05:06Z,carol,\"late order, again\",3\n"
            + "p2,03/02/2025,dan,wrong date,1\n"
            + "p3,2025-02-03 09:00,erin,\"said \"\"thanks\"\"\",\n";
    private static final String MAPPING = """
            { "constants": { "channel": "facebook", "kind": "comment" },
              "fields": { "source_id": "Post ID", "created_at": "Date", "author_handle": "User", "text": "Message",
                          "likes": "Likes" } }
            """;

    @AfterAll
    static void close() {
        CLI.close();
    }

    private static Path project(Path tmp) {
        Path p = tmp.resolve("p");
        assertEquals(0, CLI.run("new", p.toString(), "--name", "P").exitCode());
        return p;
    }

    @Test
    void importWithAMappingImportsTheGoodRowsAndNamesTheBadOnes(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        Path csv = Files.writeString(tmp.resolve("comments.csv"), EXPORT, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(tmp.resolve("comments.mapping.json"), MAPPING, StandardCharsets.UTF_8);
        Cli.Result r = CLI.run("import", p.toString(), csv.toString(), "--mapping", mapping.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(2, j.get("imported").asInt());
        assertEquals(1, j.get("rejected").asInt());
        JsonNode e = j.get("files").get(0).get("errors").get(0);
        assertEquals(3, e.get("line").asInt());
        assertEquals(EXPORT.indexOf("p2"), e.get("offset").asInt());
        assertEquals("created_at (column 'Date'): '03/02/2025' is not an ISO-8601 date-time or epoch seconds or"
                + " milliseconds (give its \"format\" in the mapping, e.g. dd/MM/yyyy HH:mm)", e.get("reason").asText());
        assertEquals("csv", j.get("files").get(0).get("format").asText());
    }

    @Test
    void withoutAMappingOrWithABrokenOneTheImportIsExitCode2AndSaysWhatToDo(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        Path csv = Files.writeString(tmp.resolve("comments.csv"), EXPORT, StandardCharsets.UTF_8);
        Cli.Result none = CLI.run("import", p.toString(), csv.toString());
        assertEquals(2, none.exitCode());
        assertEquals("rapport import: " + csv + ": a CSV file is read through a column mapping: give --mapping FILE"
                + " (rapport mapping guess comments.csv prints a first one to edit)\n", none.err());
        Path bad = Files.writeString(tmp.resolve("bad.json"), MAPPING.replace("\"comment\"", "\"remark\""));
        Cli.Result broken = CLI.run("import", p.toString(), csv.toString(), "--mapping", bad.toString());
        assertEquals(2, broken.exitCode());
        assertEquals("rapport import: " + bad + ": $.constants.kind: unknown kind 'remark' (expected one of post,"
                + " reply, comment, mention, review, ticket, message, share)\n", broken.err());
        Cli.Result missing = CLI.run("import", p.toString(), csv.toString(), "--mapping", tmp.resolve("no.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no.json: no such mapping file"), missing.err());
    }

    @Test
    void mappingGuessPrintsAMappingThatImportsAfterTheUserChecksIt(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("export.csv"), EXPORT, StandardCharsets.UTF_8);
        Cli.Result r = CLI.run("mapping", "guess", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode g = JSON.readTree(r.out());
        assertTrue(g.get("comment").asText().startsWith("Guessed by rapport from the header of export.csv"));
        assertEquals("Post ID", g.get("fields").get("source_id").asText(), r.out());
        assertEquals("Date", g.get("fields").get("created_at").asText());
        assertEquals("User", g.get("fields").get("author_handle").asText());
        assertEquals("Message", g.get("fields").get("text").asText());
        assertEquals("csv", g.get("constants").get("channel").asText());
        assertEquals("", r.err(), "every required field was found");
        Path out = tmp.resolve("guess.json");
        assertEquals(0, CLI.run("mapping", "guess", csv.toString(), "--out", out.toString()).exitCode());
        Path p = project(tmp);
        Cli.Result imported = CLI.run("import", p.toString(), csv.toString(), "--mapping", out.toString(), "--json");
        assertEquals(2, JSON.readTree(imported.out()).get("imported").asInt(), imported.out() + imported.err());
    }

    @Test
    void mappingUsageErrorsAndMissingFilesAreExitCode2() throws Exception {
        assertEquals(2, CLI.run("mapping").exitCode());
        assertEquals(2, CLI.run("mapping", "make", "x.csv").exitCode());
        Cli.Result missing = CLI.run("mapping", "guess", "/nonexistent/x.csv");
        assertEquals(2, missing.exitCode());
        assertEquals("rapport mapping: /nonexistent/x.csv: no such file\n", missing.err());
        assertTrue(CLI.run("mapping", "--help").out().startsWith("Usage: rapport mapping guess"));
        assertTrue(CLI.run("import", "--help").out().contains("--mapping FILE"));
    }

    @Test
    void benchImportOfCsvComparesWithDuckDbReadCsv(@TempDir Path tmp) throws Exception {
        Cli.Result r = CLI.run("bench", "import", "--format", "csv", "--rows", "20000", "--dir", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode b = JSON.readTree(r.out());
        assertEquals("csv", b.get("format").asText());
        assertEquals(20000, b.get("rapport").get("rows_loaded").asLong());
        assertEquals(20000, b.get("duckdb").get("rows_loaded").asLong());
        assertTrue(b.get("rapport").get("peak_heap_mb").asDouble() > 0);
        assertFalse(CLI.run("bench", "import", "--format", "xml").exitCode() == 0);
    }
}
