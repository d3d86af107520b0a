package io.rapport.importer.reddit.internal;

import static io.rapport.importer.reddit.internal.RedditImportTest.count;
import static io.rapport.importer.reddit.internal.RedditImportTest.importAs;
import static io.rapport.importer.reddit.internal.RedditImportTest.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The broken-files corpus: each file gives rejections naming line, offset and reason (or one clear error for a
 * file that cannot be read at all), and the valid records around the damage are kept.
 */
class BrokenFilesTest {

    private static FileReport importOne(ProjectStore store, Path file) throws Exception {
        ImportReport r = importAs(store, file);
        assertTrue(r.committed());
        return r.files().get(0);
    }

    private static void assertRejected(FileReport f, long line, String reasonStart) {
        RecordError e = f.errors().stream().filter(x -> x.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no rejection of line " + line + " in " + f.errors()));
        assertTrue(e.reason().startsWith(reasonStart), "line " + line + ": " + e.reason());
        assertTrue(e.offset() >= 0, e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated.ndjson        | 1 | 1 | 2 | invalid JSON: Unexpected end-of-input",
            "wrong-format.ndjson     | 0 | 3 | 1 | invalid JSON: Unrecognized token 'Review'",
            "invalid-encoding.ndjson | 2 | 1 | 2 | invalid JSON: Invalid UTF-8",
            "depth-bomb.ndjson       | 2 | 1 | 2 | input exceeds a safety limit: Document nesting depth",
            "duplicated-id.ndjson    | 2 | 0 | 0 | ''" })
    void aBrokenDumpKeepsItsValidLinesAndNamesTheBadOnes(String name, long imported, long rejected, long line,
            String reason, @TempDir Path tmp) throws Exception {
        Path file = Fixtures.file("broken/" + name);
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(imported, rejected), List.of(f.imported(), f.rejected()), f.errors().toString());
            if (rejected > 0) {
                assertRejected(f, line, reason);
            }
            assertEquals(imported, count(store));
        }
    }

    @Test
    void missingIdsTimestampsWrongTypesAndRepeatedFieldsAreRejectedByName(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.file("broken/missing-fields.ndjson");
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(2L, 5L), List.of(f.imported(), f.rejected()));
            assertRejected(f, 2, "missing required field 'id'");
            assertRejected(f, 3, "missing required field 'created_utc'");
            assertRejected(f, 4, "'created_utc' is not seconds since the epoch: 'yesterday'");
            assertRejected(f, 5, "'author' must be a string, not an object");
            assertRejected(f, 7, "invalid JSON: Duplicate field 'body'");
            long secondLine = Files.readAllLines(file).get(0).getBytes(StandardCharsets.UTF_8).length + 1;
            assertEquals(secondLine, f.errors().get(0).offset());
        }
    }

    @Test
    void aDuplicatedIdIsCountedOnceAsADuplicate(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, Fixtures.file("broken/duplicated-id.ndjson"));
            assertEquals(List.of(2L, 1L), List.of(f.imported(), f.duplicates()));
        }
    }

    @Test
    void aGiganticLineIsRejectedWithoutHoldingItAndItsNeighboursAreKept(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("RC_giant.ndjson");
        byte[] good = "{\"id\":\"g1\",\"body\":\"ok\",\"parent_id\":\"t3_s\",\"link_id\":\"t3_s\",\"created_utc\":1709283600}\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good);
            out.write("{\"id\":\"huge\",\"created_utc\":1709283600,\"body\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"g2\",\"body\":\"ok\",\"parent_id\":\"t3_s\",\"link_id\":\"t3_s\",\"created_utc\":1709283601}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
            assertEquals(new RecordError(2, good.length, "line longer than 16 MB: not a Reddit record"), f.errors().get(0));
        }
    }

    @Test
    void aFieldOverTheStringLimitIsRejectedNamingTheLimit(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("RC_long_body.ndjson");
        String body = "b".repeat(JsonFactories.MAX_STRING_CHARS + 1);
        Files.writeString(file, "{\"id\":\"l1\",\"created_utc\":1709283600,\"parent_id\":\"t3_s\",\"body\":\"" + body + "\"}\n"
                + "{\"id\":\"l2\",\"body\":\"ok\",\"parent_id\":\"t3_s\",\"link_id\":\"t3_s\",\"created_utc\":1709283601}\n");
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
            assertRejected(f, 1, "input exceeds a safety limit: String value length");
        }
    }

    @Test
    void aCorruptZstdStreamKeepsWhatDecodedBeforeAndSaysWhere(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("RC_big.ndjson.zst");
        int records = SyntheticDump.writeZstd(big, 20_000, 3);
        byte[] bytes = Files.readAllBytes(big);
        Path truncated = tmp.resolve("RC_truncated.zst");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Path corrupt = tmp.resolve("RC_corrupt.zst");
        byte[] damaged = bytes.clone();
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) {
            damaged[i] ^= 0x5a;
        }
        Files.write(corrupt, damaged);
        try (ProjectStore store = project(tmp)) {
            for (Path p : List.of(truncated, corrupt)) {
                FileReport f = importOne(store, p);
                long read = f.imported() + f.duplicates(); // the second file repeats records of the first
                assertTrue(read > 0 && read < records, p + ": " + read);
                RecordError last = f.errors().get(f.errors().size() - 1);
                assertTrue(last.reason().startsWith("corrupt or truncated zstd data (near compressed byte "), last.reason());
                assertTrue(last.offset() > 0, last.toString());
            }
        }
    }

    @Test
    void aZstdBombIsRefusedWhileItInflatesAndNothingIsImported(@TempDir Path tmp) throws Exception {
        Path bomb = tmp.resolve("RC_2024-04.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(bomb))) {
            out.write(("{\"id\":\"a1\",\"body\":\"hi\",\"subreddit\":\"x\",\"parent_id\":\"t3_s\",\"link_id\":\"t3_s\","
                    + "\"created_utc\":1709283601}\n").getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            Arrays.fill(blank, (byte) '\n');
            for (int i = 0; i < 64; i++) {
                out.write(blank);
            }
        }
        try (ProjectStore store = project(tmp)) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> importAs(store, bomb));
            assertEquals(bomb + ": refused: its content inflates more than 100 times its compressed size (the limit"
                    + " past 4 MiB; a decompression bomb?)", e.getMessage());
            assertEquals(0, count(store));
        }
    }

    @Test
    void aFileThatIsNotZstdAtAllIsOneClearErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.file("broken/not-zstd.zst");
        try (ProjectStore store = project(tmp)) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> importAs(store, file));
            assertEquals(file + ": not a zstd-compressed file: it is named .zst but does not start with"
                    + " the zstd magic number (28 b5 2f fd)", e.getMessage());
            assertEquals(0, count(store));
        }
    }

    @Test
    void anEmptyFileIsARejectionNotASilentlyEmptyImport(@TempDir Path tmp) throws Exception {
        Path empty = Files.writeString(tmp.resolve("RC_empty.ndjson"), "\n \n");
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, empty);
            assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
            assertRejected(f, 1, "no Reddit comments or submissions in this file");
        }
    }

    @Test
    void aTruncatedListingKeepsTheThingsBeforeTheCut(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.file("public/goreddit_subreddit_posts_listing.json"));
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("\"kind\": \"t3\"", text.indexOf("\"kind\": \"t3\"") + 1) + 40;
        Path file = Files.write(tmp.resolve("reddit_cut.json"), Arrays.copyOf(whole, cut));
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
            assertTrue(f.errors().get(0).reason().startsWith("invalid JSON: Unexpected end-of-input"), f.errors().toString());
        }
    }

    @Test
    void aNestingBombInAListingIsRefusedAtTheLimit(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("reddit_bomb.json");
        Files.writeString(file, "[".repeat(200_000));
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(0L), List.of(f.imported()));
            assertTrue(f.errors().stream().anyMatch(e -> e.reason().startsWith("input exceeds a safety limit: Document nesting depth")),
                    f.errors().toString());
        }
    }

    @Test
    void jsonOfAnotherShapeIsRejectedAsNotReddit(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("reddit_other.json"), "{\"kind\":\"t5\",\"data\":{\"display_name\":\"x\"}}\n[1]\n");
        try (ProjectStore store = project(tmp)) {
            FileReport f = importOne(store, file);
            assertEquals(List.of(0L, 2L), List.of(f.imported(), f.rejected()));
            assertRejected(f, 1, "a Reddit 't5' is not a comment (t1) or a submission (t3)");
            assertRejected(f, 2, "not a Reddit listing or thing: expected an object");
        }
    }
}
