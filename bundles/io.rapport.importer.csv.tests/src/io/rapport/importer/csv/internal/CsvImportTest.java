package io.rapport.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.core.store.RecordError;
import io.rapport.testsupport.RapportServices;
import io.rapport.testsupport.Rejections;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CSV files through the real import service, registry and DuckDB store, with mapping files as the CLI passes them. */
class CsvImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(CsvImportTest.class);
        imports = services.imports();
        projects = services.projects();
        registry = services.registry();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ImportRequest request(Path file, Path mapping, boolean strict) {
        return new ImportRequest(List.of(file), null, strict, Map.of(ImportRequest.MAPPING, mapping.toString()));
    }

    /** The stored interactions, one line each, in source id order. */
    private static List<String> rows(ProjectStore store, String columns) throws Exception {
        List<String> out = new ArrayList<>();
        store.query("SELECT " + columns + " FROM interactions ORDER BY channel, source_id", List.of(), r -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.columnCount(); i++) {
                cells.add(String.valueOf(r.get(i)));
            }
            out.add(String.join(" | ", cells));
        });
        return out;
    }

    @Test
    void theRegistryListsTheImporterFromItsProperties() {
        ImporterDescriptor d = registry.descriptor("csv").orElseThrow();
        assertEquals(List.of("*.csv", "*.tsv"), d.filePatterns());
        assertEquals("*", d.channel());
        assertTrue(registry.importer("csv").orElseThrow() instanceof CsvImporter);
    }

    @Test
    void aHelpDeskExportIsMappedFieldByFieldWithLondonTimeAndAgentsAsStaff(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "messages.csv", Fixtures.SUPPORT_DESK);
        Path mapping = Fixtures.write(tmp, "helpdesk.mapping.json", Fixtures.SUPPORT_DESK_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertEquals(List.of(3L, 0L, 0L), List.of(r.imported(), r.duplicates(), r.rejected()));
            assertEquals("csv", r.files().get(0).format());
            assertEquals(List.of(
                    "zendesk | m1 | ticket | ann@example.com | customer | null | 2025-07-14T08:30 | My order #4411 has not arrived.\r\nCan you check? | null | T-100",
                    "zendesk | m2 | ticket | sam.care | staff | Care | 2025-07-14T09:05 | Hi Ann, \"sorry\" about that - it ships today. | m1 | T-100",
                    "zendesk | m3 | ticket | bob | customer | null | 2025-01-02T23:10 | Refund please | null | T-101"),
                    rows(store, "channel, source_id, kind, author_handle, author_role, author_department,"
                            + " strftime(created_at, '%Y-%m-%dT%H:%M'), text, in_reply_to, thread_id"));
            assertEquals(List.of(
                    "2 | 72 | T-100,m1,14/07/2025 09:30,ann@example.com,End-user,,\"My order #4411 has not arrived.\r\nCan you check?\",",
                    "3 | 176 | T-100,m2,14/07/2025 10:05,sam.care,Agent,Care,\"Hi Ann, \"\"sorry\"\" about that - it ships today.\",m1",
                    "4 | 275 | T-101,m3,02/01/2025 23:10,bob,End-user,,Refund please,"),
                    rows(store, "source_line, source_offset, raw"), "row numbers as in a spreadsheet, byte offsets after the BOM, the rows as in the file");
            ImportReport again = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertEquals(List.of(0L, 3L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(3, store.summary().interactions());
        }
    }

    @Test
    void aUtf16SemicolonExportWithTheNetworkPerRowAndMentionsInTheText(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "listening.csv", Fixtures.SOCIAL_LISTENING.getBytes(StandardCharsets.UTF_16LE));
        Path mapping = Fixtures.write(tmp, "listening.mapping.json", Fixtures.SOCIAL_LISTENING_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertEquals(List.of(3L, 0L, 0L), List.of(r.imported(), r.duplicates(), r.rejected()), r.toString());
            assertEquals(List.of(
                    "facebook | fb_77 | comment | dora.k | Dora K | 2025-02-04T07:00 | Two lines:\r\nfirst; second | null | null | null | null",
                    "x | 1801 | post | acme_fan | Fan Girl | 2025-02-03T13:00 | Love the new app @AcmeCare! | 12 | 3 | null | AcmeCare",
                    "x | 1802 | reply | AcmeCare | Acme Care | 2025-02-03T13:20 | @acme_fan thanks; glad you like it | 0 | 0 | 1801 | acme_fan"),
                    rows(store, "channel, source_id, kind, author_handle, author_name,"
                            + " strftime(created_at, '%Y-%m-%dT%H:%M'), text, likes, shares, in_reply_to, array_to_string(mentions, ',')"));
            String header = "Network;Post ID;Date;Type;Author;Author name;Message;Likes;Shares;In reply to\r\n";
            assertEquals(List.of("x | 1801 | " + (2 + 2 * header.length())),
                    rows(store, "channel, source_id, source_offset").subList(1, 2),
                    "offsets count the file's UTF-16 bytes, after the byte order mark");
        }
    }

    @Test
    void aTsvReviewsExportWithEpochMillisAndSecondsAndConstants(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "reviews-2025.tsv", Fixtures.REVIEWS);
        Path mapping = Fixtures.write(tmp, "reviews.json", Fixtures.REVIEWS_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertEquals(2, r.imported(), r.toString());
            assertEquals(List.of(
                    "trustpilot | r-1 | review | kim | 2025-01-01T10:00 | Crashes on start | 1 | en",
                    "trustpilot | r-2 | review | lee | 2025-01-02T10:00 | null | 5 | de"),
                    rows(store, "channel, source_id, kind, author_handle, strftime(created_at, '%Y-%m-%dT%H:%M'),"
                            + " text, rating, language"));
        }
    }

    @Test
    void theBrokenCorpusRejectsEachBadRowWithItsRowOffsetAndReasonAndKeepsTheValidOnes(@TempDir Path tmp)
            throws Exception {
        byte[] bytes = Fixtures.broken();
        Path file = Fixtures.write(tmp, "broken.csv", bytes);
        Path mapping = Fixtures.write(tmp, "broken.json", Fixtures.BROKEN_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertTrue(r.committed());
            assertEquals(List.of(3L, 1L, 8L), List.of(r.imported(), r.duplicates(), r.rejected()));
            List<RecordError> errors = r.files().get(0).errors();
            assertEquals(List.of(
                    "3: source_id (column 'id'): empty",
                    "4: created_at (column 'date'): empty",
                    "5: created_at (column 'date'): 'yesterday' is not an ISO-8601 date-time or epoch seconds or"
                            + " milliseconds (give its \"format\" in the mapping, e.g. dd/MM/yyyy HH:mm)",
                    "6: likes (column 'likes'): 'lots' is not a whole number",
                    "8: the row has 6 fields, the header 5 (a delimiter inside an unquoted field?)",
                    "9: the row is longer than 1048576 characters (a gigantic field?)",
                    "11: bytes that are not valid UTF-8 text (is the file in another encoding? set \"encoding\" in"
                            + " the mapping, e.g. windows-1252)",
                    "13: a quoted field is not closed before the end of the file (a truncated file?)"),
                    Rejections.lines(errors));
            String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte: indexes are offsets
            for (RecordError e : errors) {
                int row = (int) e.line();
                String id = switch (row) {
                    case 3 -> ",2025";
                    case 13 -> "12,";
                    default -> (row - 1) + ",";
                };
                assertEquals(text.indexOf("\n" + id) + 1, e.offset(), "offset of row " + row);
            }
            assertEquals(List.of("1 | ok", "11 | fine after the bad byte", "9 | fine again"),
                    rows(store, "source_id, text"));
            assertTrue(errors.get(5).raw().length() <= RecordError.MAX_RAW_CHARS + RecordError.TRUNCATED.length(),
                    "the gigantic row is not kept whole");
        }
    }

    /** A U+FFFD the file holds (text mangled upstream, common in exports) is text; a byte invalid in UTF-8 is not. */
    @Test
    void aReplacementCharacterInTheFileIsTextButAnInvalidByteRejectsItsRow(@TempDir Path tmp) throws Exception {
        String head = "id,date,user,text,likes\n1,2025-01-02T10:00:00Z,ana,caf\uFFFD au lait \uD83D\uDE00,1\n";
        byte[] bad = "2,2025-01-02T11:00:00Z,bo,caf".getBytes(StandardCharsets.UTF_8);
        String tail = " noir,2\n3,2025-01-02T12:00:00Z,cy,th\u00e9 \uFFFD,3\n";
        byte[] bytes = concat(head.getBytes(StandardCharsets.UTF_8), bad, new byte[] {(byte) 0xE9},
                tail.getBytes(StandardCharsets.UTF_8));
        Path file = Fixtures.write(tmp, "mangled.csv", bytes);
        Path mapping = Fixtures.write(tmp, "mangled.json", Fixtures.BROKEN_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, false), new NullProgressMonitor());
            assertEquals(List.of(2L, 1L), List.of(r.imported(), r.rejected()));
            assertEquals(List.of("1 | caf\uFFFD au lait \uD83D\uDE00", "3 | th\u00e9 \uFFFD"), rows(store, "source_id, text"));
            RecordError e = r.files().get(0).errors().get(0);
            assertEquals(3, e.line());
            assertTrue(e.reason().startsWith("bytes that are not valid UTF-8 text"), e.reason());
            assertEquals(head.getBytes(StandardCharsets.UTF_8).length, e.offset(), "the bad row's offset");
            assertEquals("2,2025-01-02T11:00:00Z,bo,caf\uFFFD noir,2", e.raw(), "shown with a replacement character");
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void strictImportsNothingWhenARowIsBad(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "broken.csv", Fixtures.broken());
        Path mapping = Fixtures.write(tmp, "broken.json", Fixtures.BROKEN_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, request(file, mapping, true), new NullProgressMonitor());
            assertFalse(r.committed());
            assertEquals(8, r.rejected());
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectUnchanged(@TempDir Path tmp) throws Exception {
        StringBuilder csv = new StringBuilder("id,date,user,text,likes\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i).append(",2025-03-01T10:00:00Z,u").append(i).append(",t,1\n");
        }
        Path file = Fixtures.write(tmp, "big.csv", csv.toString());
        Path mapping = Fixtures.write(tmp, "m.json", Fixtures.BROKEN_MAPPING);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int worked;

                @Override
                public void worked(int work) {
                    if (++worked > 1) {
                        setCanceled(true);
                    }
                }
            };
            assertThrows(OperationCanceledException.class,
                    () -> imports.importFiles(store, request(file, mapping, false), cancelling));
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void withoutAMappingTheImportFailsSayingHowToGiveOne(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "export.csv", Fixtures.REVIEWS);
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(file), null, false), new NullProgressMonitor()));
            assertEquals(file + ": a CSV file is read through a column mapping: give --mapping FILE"
                    + " (rapport mapping guess export.csv prints a first one to edit)", e.getMessage());
            assertEquals(0, store.summary().interactions());
        }
    }

    @Test
    void aMappingThatDoesNotFitTheFileOrIsInvalidFailsNamingTheFileAndJsonPath(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "reviews.tsv", Fixtures.REVIEWS);
        Path wrongColumn = Fixtures.write(tmp, "wrong.json", Fixtures.REVIEWS_MAPPING.replace("\"reviewer\"", "\"Reviewer name\""));
        Path badZone = Fixtures.write(tmp, "zone.json", Fixtures.REVIEWS_MAPPING.replace("\"submitted\"",
                "{ \"column\": \"submitted\", \"zone\": \"Europe/Londn\" }"));
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    request(file, wrongColumn, false), new NullProgressMonitor()));
            assertEquals(file + ": the mapping " + wrongColumn + " does not fit: $.fields.author_handle: no column"
                    + " 'Reviewer name' in the header (columns: review_id, submitted, stars, title, body, reviewer,"
                    + " lang); author_handle is not mapped", e.getMessage());
            e = assertThrows(ImportInputException.class, () -> imports.importFiles(store, request(file, badZone, false),
                    new NullProgressMonitor()));
            assertEquals(file + ": mapping " + badZone + ": $.fields.created_at.zone: unknown time zone 'Europe/Londn'"
                    + " (e.g. UTC, Europe/London, +02:00)", e.getMessage());
            assertEquals(0, store.summary().interactions());
        }
    }

    @Test
    void aCsvNamedFileThatAnotherImporterClaimsIsNotTakenByTheCsvImporter(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "interactions.csv", "{\"channel\":\"x\",\"id\":\"1\",\"kind\":\"post\","
                + "\"author\":{\"handle\":\"kim\"},\"created_at\":\"2025-02-03T04:05:06Z\",\"text\":\"hi\"}\n");
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(file), null, false),
                    new NullProgressMonitor());
            assertEquals("rapport-jsonl", r.files().get(0).format());
            assertEquals(1, r.imported());
        }
    }
}
