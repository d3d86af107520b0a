package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reddit files through the real import service, importer registry and DuckDB store. */
class RedditImportTest {
    private static OsgiServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() throws InterruptedException {
        services = new OsgiServices();
        imports = services.get(ImportService.class);
        projects = services.get(ProjectStoreProvider.class);
        registry = services.get(ImporterRegistry.class);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static ImportReport importFiles(ProjectStore store, boolean strict, Path... files) throws Exception {
        return imports.importFiles(store, new ImportRequest(List.of(files), null, strict), new NullProgressMonitor());
    }

    static ImportReport importAs(ProjectStore store, Path file) throws Exception {
        return imports.importFiles(store, new ImportRequest(List.of(file), "reddit", false), new NullProgressMonitor());
    }

    static ProjectStore project(Path tmp) throws Exception {
        return projects.create(tmp.resolve("p"), ProjectSettings.named("p"));
    }

    /** One row of the interactions table as strings, by source id. */
    static List<String> row(ProjectStore store, String sourceId) throws Exception {
        List<String> out = new ArrayList<>();
        store.query("SELECT kind, author_handle, CAST(created_at AS VARCHAR), text, in_reply_to, thread_id, space, url,"
                + " CAST(likes AS VARCHAR), CAST(replies AS VARCHAR), array_to_string(mentions, ','), channel"
                + " FROM interactions WHERE source_id = ?", List.of(sourceId), r -> {
                    for (int i = 0; i < r.columnCount(); i++) {
                        out.add(r.get(i) == null ? null : r.get(i).toString());
                    }
                });
        return out;
    }

    static String raw(ProjectStore store, String sourceId) throws Exception {
        List<String> out = new ArrayList<>();
        store.query("SELECT raw FROM interactions WHERE source_id = ?", List.of(sourceId), r -> out.add((String) r.get(0)));
        assertEquals(1, out.size(), sourceId);
        return out.get(0);
    }

    static long count(ProjectStore store) throws Exception {
        return store.summary().interactions();
    }

    @Test
    void theRegistryRecognisesPushshiftNamesButLeavesJsonLinesToTheInterchangeImporter() {
        ImporterDescriptor d = registry.descriptor("reddit").orElseThrow();
        assertEquals("reddit", d.channel());
        for (String name : List.of("RC_2023-01.zst", "RS_2023-01.zst", "RC_2011-07", "Nimbalo_comments.zst",
                "nimbalo_submissions.zst", "x_comments_part1.ndjson", "export.ndjson", "dump.ndjson.zst",
                "reddit_thread.json")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
        }
        assertFalse(d.matchesFileName(Path.of("export.jsonl")), "*.jsonl is the interchange format's");
        assertFalse(d.matchesFileName(Path.of("outbox.json")));
        assertTrue(registry.importer("reddit").orElseThrow() instanceof RedditImporter);
    }

    @Test
    void pushshiftCommentsAndSubmissionsMapToTheCanonicalModel(@TempDir Path tmp) throws Exception {
        Path rs = Fixtures.file("pushshift/RS_2024-03_nimbalo.ndjson");
        Path rc = Fixtures.file("pushshift/RC_2024-03_nimbalo.ndjson");
        try (ProjectStore store = project(tmp)) {
            ImportReport r = importFiles(store, false, rs, rc);
            assertEquals(List.of(3L, 5L), r.files().stream().map(FileReport::imported).toList());
            assertEquals(0, r.rejected());
            assertEquals(Arrays.asList("post", "mira_k", "2024-03-01 08:00:00",
                    "Broadband down in Leeds since this morning?\n\nRouter shows a red light, status page says all fine."
                            + " Anyone else? u/NimbaloSupport", null, "t3_1b3k9q", "r/Nimbalo",
                    "https://www.reddit.com/r/Nimbalo/comments/1b3k9q/broadband_down_in_leeds_since_this_morning/", "14", "3",
                    "NimbaloSupport", "reddit"), row(store, "t3_1b3k9q"));
            // created_utc as a string; no "name": the fullname comes from the id
            assertEquals(List.of("post", "NimbaloSupport", "2024-03-01 11:00:00"), row(store, "t3_1b4a20").subList(0, 3));
            // [deleted] author, [removed] self text, float created_utc, negative score
            assertEquals(List.of("post", "[deleted]", "2024-03-02 11:00:00", "Price rise again?!"), row(store, "t3_1b5zzz").subList(0, 4));
            assertEquals(null, row(store, "t3_1b5zzz").get(8));
            // the moderator's answer is a comment on the submission; the customer's thanks a reply to it
            assertEquals(List.of("comment", "NimbaloSupport", "2024-03-01 09:00:00",
                    "Sorry about that u/mira_k, there is a fault on the Leeds exchange. Engineers are on site.", "t3_1b3k9q",
                    "t3_1b3k9q", "r/Nimbalo"), row(store, "t1_kt0a1").subList(0, 7));
            assertEquals(List.of("reply", "mira_k", "2024-03-01 10:46:40", "Thanks, it's back now 👍", "t1_kt0a1", "t3_1b3k9q"),
                    row(store, "t1_kt0b7").subList(0, 6));
            assertEquals(List.of("comment", "[deleted]"), row(store, "t1_kt0c2").subList(0, 2));
            assertEquals(null, row(store, "t1_kt0c2").get(3));
            assertEquals("NimbaloSupport", row(store, "t1_kt0d9").get(10));
            // the original line, byte for byte
            assertEquals(Files.readAllLines(rc, StandardCharsets.UTF_8).get(1), raw(store, "t1_kt0b7"));
        }
    }

    @Test
    void aZstdDumpWithAPushshiftWindowHoldsTheSameRecordsAsItsPlainTwin(@TempDir Path tmp) throws Exception {
        Path zst = Fixtures.file("pushshift/RC_2024-03_nimbalo.zst");
        Path plain = Fixtures.file("pushshift/RC_2024-03_nimbalo.ndjson");
        try (ProjectStore store = project(tmp)) {
            ImportReport first = importFiles(store, false, zst);
            assertEquals(List.of(5L, 0L, 0L), List.of(first.imported(), first.duplicates(), first.rejected()));
            assertEquals(Files.readAllLines(plain, StandardCharsets.UTF_8).get(0), raw(store, "t1_kt0a1"));
            ImportReport twin = importFiles(store, false, plain);
            assertEquals(List.of(0L, 5L, 0L), List.of(twin.imported(), twin.duplicates(), twin.rejected()));
        }
    }

    @Test
    void aRealThreadPageAndSubredditListingFromTheApiAreRead(@TempDir Path tmp) throws Exception {
        Path thread = Fixtures.file("public/goreddit_post_with_comments.json");
        Path listing = Fixtures.file("public/goreddit_subreddit_posts_listing.json");
        try (ProjectStore store = project(tmp)) {
            ImportReport r = importFiles(store, false, thread, listing);
            assertEquals(List.of(3L, 2L), r.files().stream().map(FileReport::imported).toList());
            assertEquals(0, r.rejected());
            assertEquals(Arrays.asList("post", "testuser", "2020-07-18 10:26:07", "Test\n\nHello", null, "t3_testpost", "r/test"),
                    row(store, "t3_testpost").subList(0, 7));
            assertEquals(List.of("comment", "testuser", "2020-07-18 10:31:59", "Hi", "t3_testpost", "t3_testpost"),
                    row(store, "t1_testc1").subList(0, 6));
            assertEquals(List.of("reply", "testuser", "2020-07-18 10:32:28", "Hello", "t1_testc1", "t3_testpost"),
                    row(store, "t1_testc2").subList(0, 6));
            assertEquals(List.of("post", "kmiller0112", "2019-01-16 05:57:51"), row(store, "t3_agi5zf").subList(0, 3));
            // the nested reply is a record of its own; its parent's original names it instead of repeating it
            String parentRaw = raw(store, "t1_testc1");
            assertTrue(parentRaw.startsWith("{\"kind\":\"t1\",\"data\":{"), parentRaw);
            assertTrue(parentRaw.contains("\"replies\":[\"t1_testc2\"]"), parentRaw);
            assertTrue(parentRaw.contains("\"created_utc\":1595068319.0"), "floats are copied exactly: " + parentRaw);
            assertTrue(raw(store, "t1_testc2").contains("\"replies\":\"\""));
        }
    }

    @Test
    void reimportingEverythingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        for (String f : List.of("pushshift/RS_2024-03_nimbalo.ndjson", "pushshift/RC_2024-03_nimbalo.ndjson",
                "public/goreddit_post_with_comments.json")) {
            Files.copy(Fixtures.file(f), folder.resolve(Path.of(f).getFileName().toString()));
        }
        try (ProjectStore store = project(tmp)) {
            ImportReport first = importFiles(store, false, folder);
            assertEquals(List.of(11L, 0L, 0L), List.of(first.imported(), first.duplicates(), first.rejected()));
            ImportReport again = importFiles(store, false, folder);
            assertEquals(List.of(0L, 11L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(11, count(store));
        }
    }

    @Test
    void aStrictImportWithABadRecordKeepsNothing(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = project(tmp)) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(Fixtures.file("pushshift/RS_2024-03_nimbalo.ndjson"),
                    Fixtures.file("broken/missing-fields.ndjson")), "reddit", true), new NullProgressMonitor());
            assertFalse(r.committed());
            assertEquals(5, r.rejected());
            assertEquals(0, count(store));
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path many = tmp.resolve("RC_many.ndjson");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("{\"id\":\"c").append(i).append("\",\"author\":\"u").append(i % 50)
                    .append("\",\"body\":\"text\",\"parent_id\":\"t3_s\",\"link_id\":\"t3_s\",\"created_utc\":")
                    .append(1709283600 + i).append("}\n");
        }
        Files.writeString(many, b);
        try (ProjectStore store = project(tmp)) {
            importFiles(store, false, Fixtures.file("pushshift/RS_2024-03_nimbalo.ndjson"));
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int calls;

                @Override
                public boolean isCanceled() {
                    return ++calls > 2; // part-way through the file
                }
            };
            assertThrows(OperationCanceledException.class,
                    () -> imports.importFiles(store, new ImportRequest(List.of(many), null, false), cancelling));
            assertEquals(3, count(store));
            assertEquals(1, store.datasets().size());
        }
    }
}
