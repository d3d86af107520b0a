package io.rapport.importer.xarchive.internal;

import static io.rapport.importer.xarchive.internal.ImportServices.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The broken-files corpus: clear errors naming file, record, offset and field; valid records kept. */
class BrokenArchiveTest {
    private static ImportServices services;

    @BeforeAll
    static void services() throws InterruptedException {
        services = new ImportServices();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Imports one file into a fresh project; returns its report and the ids stored. */
    private record Outcome(FileReport file, List<String> ids) {
        List<Long> counts() {
            return List.of(file.imported(), file.duplicates(), file.rejected());
        }

        RecordError error(int i) {
            return file.errors().get(i);
        }
    }

    private static Outcome importOne(Path tmp, Path file) throws Exception {
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportReport r = services.importFiles(store, false, file);
            assertTrue(r.committed());
            return new Outcome(r.files().get(0), rows(store, "SELECT source_id FROM interactions ORDER BY source_id"));
        }
    }

    private static Path tweets(String brokenCase) {
        return Fixtures.broken(brokenCase).resolve("data/tweets.js");
    }

    @Test
    void aTruncatedFileKeepsTheRecordsBeforeTheCutAndSaysWhere(@TempDir Path tmp) throws Exception {
        Outcome o = importOne(tmp, tweets("truncated"));
        assertEquals(List.of(2L, 0L, 1L), o.counts());
        assertEquals(List.of("1800000000000000001", "1800000000000000002"), o.ids());
        assertEquals(3, o.error(0).line());
        assertEquals("the file ends inside record 3 (truncated?)", o.error(0).reason());
        String file = Files.readString(tweets("truncated"));
        assertEquals(file.lastIndexOf("  {") + 2, o.error(0).offset(), "the offset of record 3's '{'");
    }

    /** Found by the damage property: a cut inside the first token (here a number) was reported as record 0. */
    @Test
    void aFileCutInsideATokenBeforeItsFirstRecordNamesRecordOne(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("archive/data"));
        Files.copy(tweets("truncated").resolveSibling("account.js"), data.resolve("account.js"));
        Files.writeString(data.resolve("tweets.js"), "window.YTD.tweets.part0 = [ -");
        Outcome o = importOne(tmp, data.resolve("tweets.js"));
        assertEquals(List.of(0L, 0L, 1L), o.counts(), o.file().errors().toString());
        assertEquals(1, o.error(0).line());
        assertEquals("the file ends inside record 1 (truncated?)", o.error(0).reason());
    }

    @Test
    void recordsWithoutIdOrTimestampOrWithBadValuesAreRejectedNamingTheField(@TempDir Path tmp) throws Exception {
        Outcome o = importOne(tmp.resolve("a"), tweets("missing-id-timestamp"));
        assertEquals(List.of(1L, 0L, 2L), o.counts());
        assertEquals(List.of("1800000000000000002"), o.ids());
        assertEquals(List.of("1: missing required field 'id_str'", "3: missing required field 'created_at'"),
                o.file().errors().stream().map(e -> e.line() + ": " + e.reason()).toList());
        String text = Files.readString(tweets("missing-id-timestamp"));
        assertEquals(text.indexOf("  {") + 2, o.error(0).offset());
        // the refused record's text, as in the file, goes to the Import Log
        String raw = o.error(0).raw();
        assertTrue(raw != null && raw.startsWith("{") && raw.endsWith("}"), "raw: " + raw);
        assertEquals(text.substring((int) o.error(0).offset(), (int) o.error(0).offset() + raw.length()), raw);

        o = importOne(tmp.resolve("b"), tweets("bad-field-values"));
        assertEquals(List.of(1L, 0L, 2L), o.counts());
        assertEquals(List.of("1800000000000000003"), o.ids());
        assertEquals(List.of("1: 'favorite_count' must be a non-negative integer, not 'many'",
                "2: 'created_at' is not a date like 'Wed Oct 10 20:19:24 +0000 2018': '2024-03-04T10:01:00Z'"),
                o.file().errors().stream().map(e -> e.line() + ": " + e.reason()).toList());
    }

    @Test
    void aDuplicatedIdIsCountedOnceAsADuplicate(@TempDir Path tmp) throws Exception {
        Outcome o = importOne(tmp, tweets("duplicated-id"));
        assertEquals(List.of(2L, 1L, 0L), o.counts());
        assertEquals(List.of("1800000000000000001", "1800000000000000002"), o.ids());
    }

    @Test
    void invalidUtf8RejectsItsRecordAndReadingResumesAtTheNextElement(@TempDir Path tmp) throws Exception {
        Outcome o = importOne(tmp, tweets("invalid-encoding"));
        assertEquals(List.of("1800000000000000001", "1800000000000000003"), o.ids());
        assertEquals(List.of(2L, 0L, 1L), o.counts());
        String file = Files.readString(tweets("invalid-encoding"), java.nio.charset.StandardCharsets.ISO_8859_1);
        int broken = file.indexOf("caf\u00e9 ") + 5; // Jackson points just past the byte that broke the sequence
        int third = file.lastIndexOf("\n  {") + 3;
        assertEquals("2: invalid JSON at byte " + broken + ": Invalid UTF-8 middle byte 0x20; reading resumed at byte "
                + third, o.error(0).line() + ": " + o.error(0).reason());
        assertEquals(file.indexOf("\n  {", 40) + 3, o.error(0).offset(), "the offset of record 2");
    }

    @Test
    void aNestingBombIsRejectedWithoutCrashingAndTheNextRecordIsRead(@TempDir Path tmp) throws Exception {
        Outcome o = importOne(tmp, tweets("nesting-bomb"));
        assertEquals(List.of("1800000000000000001", "1800000000000000002"), o.ids());
        assertEquals(1, o.file().rejected());
        int third = Files.readString(tweets("nesting-bomb")).lastIndexOf("\n  {") + 3;
        assertEquals("2: record 2 nests deeper than 100 levels; reading resumed at byte " + third,
                o.error(0).line() + ": " + o.error(0).reason());
    }

    @Test
    void garbageBetweenRecordsIsRejectedAtItsOffsetAndNoRecordIsLost(@TempDir Path tmp) throws Exception {
        String first = Fixtures.tweet("1800000000000000001", "Mon Mar 04 10:00:00 +0000 2024", "one");
        String second = Fixtures.tweet("1800000000000000002", "Mon Mar 04 10:00:00 +0000 2024", "two");
        String third = Fixtures.tweet("1800000000000000003", "Mon Mar 04 10:00:00 +0000 2024", "three");
        Path file = Fixtures.archive(tmp.resolve("a"), List.of(first + " oops", second, third));
        Outcome o = importOne(tmp, file);
        assertEquals(List.of(3L, 0L, 1L), o.counts());
        String text = Files.readString(file);
        int garbage = text.indexOf("oops");
        assertEquals(2, o.error(0).line(), "reported under the number of the record after it");
        assertEquals(garbage, o.error(0).offset());
        assertEquals("invalid JSON at byte " + garbage + ": Unexpected character ('o' (code 111)): was expecting"
                + " comma to separate Array entries; reading resumed at byte "
                + (text.indexOf("\n  {", garbage) + 3), o.error(0).reason());
    }

    @Test
    void aMinifiedFileEndsAtItsFirstSyntaxError(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("a/data"));
        Files.copy(Fixtures.acmeData().resolve("account.js"), data.resolve("account.js"));
        Files.writeString(data.resolve("tweets.js"), "window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\","
                + "\"created_at\":\"Mon Mar 04 10:00:00 +0000 2024\"}},{\"tweet\":{\"id_str\" \"2\"}},"
                + "{\"tweet\":{\"id_str\":\"3\",\"created_at\":\"Mon Mar 04 10:00:00 +0000 2024\"}}];");
        Outcome o = importOne(tmp, data.resolve("tweets.js"));
        assertEquals(List.of("1"), o.ids());
        assertEquals(List.of(1L, 0L, 1L), o.counts());
        assertTrue(o.error(0).reason().endsWith("; nothing after it could be read"), o.error(0).reason());
        assertEquals(2, o.error(0).line());
    }

    @Test
    void aGiganticFieldRejectsOnlyItsRecord(@TempDir Path tmp) throws Exception {
        String huge = "x".repeat(17 << 20);
        Path file = Fixtures.archive(tmp.resolve("a"), List.of(
                Fixtures.tweet("1800000000000000001", "Mon Mar 04 10:00:00 +0000 2024", "before"),
                Fixtures.tweet("1800000000000000002", "Mon Mar 04 10:00:00 +0000 2024", huge),
                Fixtures.tweet("1800000000000000003", "Mon Mar 04 10:00:00 +0000 2024", "after")));
        Outcome o = importOne(tmp, file);
        assertEquals(List.of(2L, 0L, 1L), o.counts());
        assertEquals(List.of("1800000000000000001", "1800000000000000003"), o.ids());
        assertEquals("2: record larger than 16 MB", o.error(0).line() + ": " + o.error(0).reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wrong-wrapper/data/tweets.js | holds 'YTD.like.part0', not the data this importer reads",
            "not-an-archive/data/tweets.js | not an X archive data file: expected it to start with 'window.YTD.<name>.part<N> = ', found 'id,created_at,text\\x0a1,2024-01-01,hello\\x0a'",
            "no-account/data/tweets.js | cannot tell whose archive it is: no account.js or manifest.js with a username next to the tweets",
            "twitter-zip-slip.zip | refused: entry '../../../home/user/.bashrc' points outside the archive (zip-slip)",
            "twitter-ratio-bomb.zip | refused: entry 'data/tweets.js' inflates more than 100 times its compressed size (the limit past 4 MiB; a zip bomb?)",
            "twitter-not-a-zip.zip | not a readable zip archive" })
    void aFileThatIsNotAnArchiveIsRefusedWithAClearErrorAndNothingImported(String file, String message,
            @TempDir Path tmp) throws Exception {
        Path input = Fixtures.dir().resolve("broken").resolve(file);
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportInputException e = assertThrows(ImportInputException.class,
                    () -> services.importFiles(store, false, Fixtures.acmeData().resolve("tweets.js"), input));
            assertTrue(e.getMessage().startsWith(input + ": "), e.getMessage());
            assertFalse(e.getMessage().substring(input.toString().length()).contains(input.toString()),
                    "the file is named once: " + e.getMessage());
            assertTrue(e.getMessage().contains(message), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            assertEquals(0, store.summary().interactions(), "the good file given with it is not imported either");
        }
    }

    @Test
    void strictKeepsNothingWhenARecordIsRejected(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportReport r = services.importFiles(store, true, Fixtures.acmeData().resolve("tweets.js"),
                    tweets("missing-id-timestamp"));
            assertFalse(r.committed());
            assertEquals(List.of(8L, 2L), List.of(r.imported(), r.rejected()));
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }
}
