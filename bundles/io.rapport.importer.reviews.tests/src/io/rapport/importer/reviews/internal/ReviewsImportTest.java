package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.RapportServices;

import static io.rapport.testsupport.Rejections.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The three review importers through the real registry, import service and DuckDB store, as the CLI uses them. */
class ReviewsImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(ReviewsImportTest.class);
        imports = services.imports();
        projects = services.projects();
        registry = services.registry();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ImportReport run(ProjectStore store, List<Path> files, String format, boolean strict) throws Exception {
        return imports.importFiles(store, new ImportRequest(files, format, strict), new NullProgressMonitor());
    }

    private static List<Path> ownFiles() {
        return List.of(Fixtures.file("own/reviews_com.acme.banking_202503.csv"),
                Fixtures.file("own/reviews_com.acme.banking_202504.csv"), Fixtures.file("own/trustpilot-reviews-acme.json"),
                Fixtures.file("own/trustpilot-review-67a1f0c2.json"), Fixtures.file("own/customerReviews-acme-ios.json"));
    }

    @Test
    void theRegistryListsTheThreeImportersAndTheirFileNames() {
        for (String[] c : new String[][] { { "google-play", "google-play" }, { "trustpilot", "trustpilot" },
                { "app-store", "app-store" } }) {
            ImporterDescriptor d = registry.descriptor(c[0]).orElseThrow();
            assertEquals(c[1], d.channel());
            assertEquals("1", d.version());
        }
        assertTrue(registry.descriptor("google-play").orElseThrow().matchesFileName(Path.of("reviews_com.acme.app_202503.csv")));
        assertFalse(registry.descriptor("google-play").orElseThrow().matchesFileName(Path.of("ratings_com.acme.app_202503.csv")));
        assertTrue(registry.descriptor("trustpilot").orElseThrow().matchesFileName(Path.of("trustpilot-page1.json")));
        assertTrue(registry.descriptor("app-store").orElseThrow().matchesFileName(Path.of("customerReviews-2025.json")));
        assertFalse(registry.descriptor("app-store").orElseThrow().matchesFileName(Path.of("data.json")));
        assertTrue(registry.importer("google-play").orElseThrow() instanceof GooglePlayImporter);
    }

    @Test
    void ownFilesImportWithCountsPerFileRolesAndReplyLinks(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            List<List<Object>> perFile = r.files().stream().map(f -> List.<Object>of(Path.of(f.file()).getFileName()
                    .toString(), f.format(), f.imported(), f.duplicates(), f.rejected())).toList();
            assertEquals(List.of(List.of("reviews_com.acme.banking_202503.csv", "google-play", 7L, 0L, 0L),
                    List.of("reviews_com.acme.banking_202504.csv", "google-play", 3L, 2L, 0L),
                    List.of("trustpilot-reviews-acme.json", "trustpilot", 5L, 0L, 0L),
                    List.of("trustpilot-review-67a1f0c2.json", "trustpilot", 1L, 0L, 0L),
                    List.of("customerReviews-acme-ios.json", "app-store", 5L, 0L, 0L)), perFile,
                    "April repeats one March review and its reply: duplicates");
            assertEquals(21, store.summary().interactions());

            // every reply is ours by the source's word, and answers a review of the same file
            List<String> links = new ArrayList<>();
            store.query("SELECT c.channel, c.author_handle, c.author_role, p.kind, p.rating FROM interactions c"
                    + " JOIN interactions p ON c.in_reply_to = p.source_id AND c.channel = p.channel"
                    + " ORDER BY c.channel, c.source_id", List.of(),
                    row -> links.add(row.get(0) + " " + row.get(1) + " " + row.get(2) + "->" + row.get(3) + ":" + row.get(4)));
            assertEquals(List.of("app-store app-store-developer our_account->review:1",
                    "app-store app-store-developer our_account->review:2",
                    "google-play com.acme.banking our_account->review:1",
                    "google-play com.acme.banking our_account->review:2",
                    "google-play com.acme.banking our_account->review:1",
                    "trustpilot 5f0c1b2a3d4e5f6a7b8c9d0e our_account->review:1",
                    "trustpilot 5f0c1b2a3d4e5f6a7b8c9d0e our_account->review:2"), links);
            List<Object> roles = new ArrayList<>();
            store.query("SELECT count(*) FROM interactions WHERE kind = 'review' AND author_role IS NOT NULL", List.of(),
                    row -> roles.add(row.get(0)));
            assertEquals(0L, ((Number) roles.get(0)).longValue(), "reviewers are left to the project settings");

            List<String> raw = new ArrayList<>();
            store.query("SELECT raw FROM interactions WHERE source_id = ?", List.of("gp:AOqpTOH2crash0002"),
                    row -> raw.add((String) row.get(0)));
            String march = new String(Files.readAllBytes(Fixtures.file("own/reviews_com.acme.banking_202503.csv")),
                    java.nio.charset.StandardCharsets.UTF_16LE).substring(1);
            String header = march.substring(0, march.indexOf("\r\n"));
            assertTrue(raw.get(0).startsWith(header + "\n"), "the raw starts with the header line");
            assertTrue(march.contains(raw.get(0).substring(header.length() + 1) + "\r\n"),
                    "then the row exactly as in the file, quoted line break included");
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), null, false);
            ImportReport again = run(store, ownFiles(), null, false);
            assertEquals(List.of(0L, 23L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(21, store.summary().interactions());
        }
    }

    @Test
    void thePublicTrustpilotWebhookBatchImportsItsReviewEventAndRejectsTheOther(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "public/lindar_trustpilot-review-events.json", "trustpilot");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: event 'foo' is not a review (service-review-created and service-review-updated are"
                + " imported)"), lines(f.errors()));
    }

    @Test
    void brokenPlayFilesAreRejectedWithLineOffsetAndReasonAndValidRowsKept(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/reviews_broken-rows.csv", null);
        assertEquals(List.of(3L, 5L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("3: missing required field 'Review Submit Millis Since Epoch'",
                "4: 'Star Rating' must be 1 to 5, not 'six'",
                "5: the row has 10 fields, the header has 16",
                "6: malformed CSV: text after the closing quote of field 11 (a quote inside a quoted field must be doubled)",
                "7: developer reply: missing required field 'Developer Reply Millis Since Epoch'"), lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/reviews_broken-rows.csv"));
        assertEquals("com.acme.banking,", new String(bytes, (int) f.errors().get(1).offset(), 17,
                java.nio.charset.StandardCharsets.UTF_8), "the offset is the row's first byte");
        String raw = f.errors().get(1).raw();
        assertTrue(raw.startsWith("com.acme.banking,") && raw.contains(",six,"), "the rejected row, for the Import Log: " + raw);
        assertTrue(raw.length() < bytes.length / 2, "one row, not the file");

        f = single(tmp, "broken/reviews_truncated.csv", "google-play");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals("3: malformed CSV: the file ends inside the quoted field 12 (truncated?)", lines(f.errors()).get(0));

        f = single(tmp, "broken/reviews_odd-byte.csv", "google-play");
        assertEquals(List.of(3L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(5, f.errors().get(0).line());
        assertTrue(f.errors().get(0).reason().startsWith("invalid UTF-16LE in reviews_odd-byte.csv at byte "),
                f.errors().get(0).reason());

        f = single(tmp, "broken/reviews_invalid-utf8.csv", "google-play");
        assertEquals(List.of(3L, 1L), List.of(f.imported(), f.rejected()));
        RecordError e = f.errors().get(0);
        assertEquals(5, e.line());
        assertTrue(e.reason().matches("invalid UTF-8 in reviews_invalid-utf8.csv at byte \\d+ .*the rest of the file"
                + " cannot be read"), e.reason());

        f = single(tmp, "broken/reviews_not-play.csv", "google-play");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals("not a Google Play reviews CSV: the header of reviews_not-play.csv (read as UTF-8) lacks the"
                + " columns 'Package Name', 'Review Submit Millis Since Epoch', 'Star Rating', 'Review Text'",
                f.errors().get(0).reason());

        f = single(tmp, "own/trustpilot-reviews-acme.json", "google-play");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()), "a JSON file forced as Play CSV");
    }

    @Test
    void brokenJsonFilesAreRejectedWithRecordOffsetAndReason(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/trustpilot-missing-fields.json", "trustpilot");
        assertEquals(List.of(2L, 5L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: missing required field 'id'", "3: missing required field 'createdAt'",
                "4: 'stars' must be 1 to 5, not '7'", "5: missing required field 'companyReply.createdAt'",
                "6: record is a number, not a JSON object"), lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/trustpilot-missing-fields.json"));
        assertEquals('{', bytes[(int) f.errors().get(0).offset()]);
        assertEquals('4', bytes[(int) f.errors().get(4).offset()]);

        f = single(tmp, "broken/trustpilot-truncated.json", null);
        assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(2, f.errors().get(0).line());
        assertTrue(f.errors().get(0).reason().matches("trustpilot-truncated.json ends at byte \\d+ in the middle of the"
                + " JSON \\(truncated\\?\\); the rest of the file cannot be read"), f.errors().get(0).reason());

        f = single(tmp, "broken/trustpilot-depth-bomb.json", null);
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("nested deeper than 100 levels"), f.errors().get(0).reason());

        f = single(tmp, "broken/trustpilot-utf16.json", null);
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("the file trustpilot-utf16.json is UTF-16LE with BOM, not UTF-8"));

        f = single(tmp, "broken/app-store-missing-fields.json", "app-store");
        assertEquals(List.of(1L, 4L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: missing required field 'attributes.createdDate'",
                "3: resource type 'apps' is not a customer review or response", "4: missing required field 'id'",
                "5: response 'orphan' names no review: it has no 'relationships.review' and no review before it on its"
                        + " page has it as 'relationships.response'"), lines(f.errors()));

        f = single(tmp, "own/trustpilot-reviews-acme.json", "app-store");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals("not App Store Connect customer reviews: trustpilot-reviews-acme.json is an object with the keys"
                + " [links, reviews]; expected a response with 'data' (customerReviews) and optionally 'included'"
                + " (customerReviewResponses)", f.errors().get(0).reason());

        f = single(tmp, "own/customerReviews-acme-ios.json", "trustpilot");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("not Trustpilot reviews: customerReviews-acme-ios.json is an"
                + " object with the keys [data, included, links, meta]"), f.errors().get(0).reason());
    }

    @Test
    void strictKeepsNothingWhenARecordIsBad(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file("own/reviews_com.acme.banking_202503.csv"),
                    Fixtures.file("broken/reviews_broken-rows.csv")), "google-play", true);
            assertFalse(r.committed());
            assertEquals(5, r.rejected());
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aGiganticRowOrADuplicatedIdAffectOnlyThemselves(@TempDir Path tmp) throws Exception {
        String play = new String(Files.readAllBytes(Fixtures.file("own/reviews_com.acme.banking_202504.csv")),
                StandardCharsets.UTF_8);
        String[] lines = play.split("\n");
        Path big = tmp.resolve("reviews_gigantic.csv");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write(lines[0] + "\n" + lines[3] + "\n");
            w.write(lines[3].replace("Support fixed", "x".repeat(GooglePlayImporter.MAX_ROW_CHARS + 10)) + "\n");
            w.write(lines[4] + "\n");
        }
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            FileReport f = run(store, List.of(big), null, false).files().get(0);
            assertEquals(List.of(3L, 1L), List.of(f.imported(), f.rejected()));
            assertEquals(List.of("3: row longer than 1048576 characters (a gigantic field?)"), lines(f.errors()));
        }

        String review = Files.readString(Fixtures.file("own/trustpilot-review-67a1f0c2.json")).strip();
        Path twice = Files.writeString(tmp.resolve("trustpilot-twice.json"), "[" + review + ",\n" + review + "]");
        try (ProjectStore store = projects.create(tmp.resolve("q"), ProjectSettings.named("q"))) {
            FileReport f = run(store, List.of(twice), null, false).files().get(0);
            assertEquals(List.of(1L, 1L, 0L), List.of(f.imported(), f.duplicates(), f.rejected()));
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        String header = new String(Files.readAllBytes(Fixtures.file("own/reviews_com.acme.banking_202504.csv")),
                StandardCharsets.UTF_8).split("\n")[0];
        Path big = tmp.resolve("reviews_com.acme.banking_209912.csv");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_16)) { // BOM + big-endian: also read
            w.write(header + "\r\n");
            for (int i = 0; i < 5000; i++) {
                w.write("com.acme.banking,1,1,en,x,," + (1741000000000L + i * 1000L) + ",,,4,,\"row " + i + "\",,,,\r\n");
            }
        }
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, List.of(Fixtures.file("own/customerReviews-acme-ios.json")), null, false);
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                @Override
                public void internalWorked(double work) {
                    setCanceled(true);
                }

                @Override
                public void worked(int work) {
                    internalWorked(work);
                }
            };
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(big), null, false), cancelling));
            assertEquals(5, store.summary().interactions());
            assertEquals(1, store.datasets().size());
            ImportReport whole = run(store, List.of(big), null, false);
            assertEquals(List.of(5000L, 0L), List.of(whole.imported(), whole.rejected()),
                    "the same file imports in full when not cancelled");
        }
    }

    /** Imports one fixture into a project of its own. */
    private static FileReport single(Path tmp, String fixture, String format) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), format, false);
            assertTrue(r.committed());
            assertEquals(r.imported(), store.summary().interactions());
            return r.files().get(0);
        }
    }

}
