package io.rapport.importer.discourse.internal;

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

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Discourse importer through the real registry, import service and DuckDB store, as the CLI uses them. */
class DiscourseImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(DiscourseImportTest.class);
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
        return List.of(Fixtures.file("own/topic-4711.json"), Fixtures.file("own/topic-4711-posts.json"),
                Fixtures.file("public/discourse_api_topic.json"), Fixtures.file("public/discourse_api_topic_posts.json"));
    }

    @Test
    void theRegistryListsTheImporterAndItsFileNames() {
        ImporterDescriptor d = registry.descriptor("discourse").orElseThrow();
        assertEquals("discourse", d.channel());
        assertEquals("1", d.version());
        for (String name : List.of("topic.json", "topic-4711.json", "topic_posts.json", "community-discourse-dump.json",
                "t-4711.json")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
        }
        for (String name : List.of("tickets.json", "outbox.json", "data.json", "posts.json")) {
            assertFalse(d.matchesFileName(Path.of(name)), name);
        }
        assertTrue(registry.importer("discourse").orElseThrow() instanceof DiscourseImporter);
    }

    @Test
    void topicsAndPostListsImportWithCountsPerFileAndRepliesLinkedAcrossFiles(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            List<List<Object>> perFile = r.files().stream().map(f -> List.<Object>of(Path.of(f.file()).getFileName()
                    .toString(), f.format(), f.imported(), f.duplicates(), f.rejected())).toList();
            assertEquals(List.of(List.of("topic-4711.json", "discourse", 5L, 0L, 0L),
                    List.of("topic-4711-posts.json", "discourse", 2L, 0L, 0L),
                    List.of("discourse_api_topic.json", "discourse", 4L, 0L, 0L),
                    List.of("discourse_api_topic_posts.json", "discourse", 0L, 1L, 0L)), perFile,
                    "post 2 of topic 57 is in both public files");
            assertEquals(11, store.summary().interactions());

            List<String> links = new ArrayList<>();
            store.query("SELECT c.source_id, c.author_role, p.source_id, p.author_role FROM interactions c"
                    + " JOIN interactions p ON c.in_reply_to = p.source_id AND c.channel = p.channel"
                    + " WHERE c.thread_id = '4711' ORDER BY c.created_at", List.of(),
                    row -> links.add(row.get(0) + "(" + row.get(1) + ")->" + row.get(2) + "(" + row.get(3) + ")"));
            assertEquals(List.of("4711/2(null)->4711/1(null)", "4711/3(staff)->4711/1(null)",
                    "4711/5(null)->4711/3(staff)", "4711/7(null)->4711/3(staff)", "4711/8(staff)->4711/7(null)"), links);

            List<Object> post = new ArrayList<>();
            store.query("SELECT kind, raw FROM interactions WHERE source_id = '4711/3'", List.of(), row -> {
                post.add(row.get(0));
                post.add(row.get(1));
            });
            assertEquals("reply", post.get(0));
            assertTrue(Files.readString(Fixtures.file("own/topic-4711.json")).contains((String) post.get(1)),
                    "the stored raw record is the file's text, byte for byte");
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), null, false);
            ImportReport again = run(store, ownFiles(), null, false);
            assertEquals(List.of(0L, 12L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(11, store.summary().interactions());
        }
    }

    @Test
    void brokenFilesAreRejectedWithRecordOffsetAndReasonAndTheirValidRecordsKept(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/topic-missing-fields.json");
        assertEquals(List.of(2L, 0L, 6L), List.of(f.imported(), f.duplicates(), f.rejected()));
        assertEquals(List.of("2: missing required field 'post_number'", "3: missing required field 'created_at'",
                "4: missing required field 'username'", "5: 'created_at' is not an ISO-8601 date-time: 'last Tuesday'",
                "6: 'staff' must be true or false, not a string", "7: a post is a string, not a JSON object"),
                lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/topic-missing-fields.json"));
        assertEquals('{', bytes[(int) f.errors().get(0).offset()], "the offset is the record's first byte");
        assertEquals('"', bytes[(int) f.errors().get(5).offset()]);

        f = single(tmp, "broken/topic-no-topic-id.json");
        assertEquals(List.of("1: missing required field 'topic_id' (and the file names no topic 'id')"), lines(f.errors()));

        f = single(tmp, "broken/topic-truncated.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(2, f.errors().get(0).line());
        assertTrue(f.errors().get(0).reason().matches("the file ends at byte \\d+ in the middle of the JSON"
                + " \\(truncated\\?\\); the rest of the file cannot be read"), f.errors().get(0).reason());

        f = single(tmp, "broken/topic-invalid-utf8.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte ")
                && f.errors().get(0).reason().contains("Invalid UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/topic-utf16.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("the file is not UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/topic-depth-bomb.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("nested deeper than 200 levels"), f.errors().get(0).reason());

        f = single(tmp, "broken/topic-duplicated-post.json");
        assertEquals(List.of(2L, 1L, 0L), List.of(f.imported(), f.duplicates(), f.rejected()));

        f = single(tmp, "broken/topic-other-format.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals("not a Discourse export: topic-other-format.json is an object with the keys [tickets, next_page];"
                + " expected a topic or post list with 'post_stream.posts', or 'latest_posts'", f.errors().get(0).reason());

        f = single(tmp, "broken/topic-not-json.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte 0"), f.errors().get(0).reason());
    }

    /** Imports one fixture into a project of its own. */
    private static FileReport single(Path tmp, String fixture) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), "discourse", false);
            assertTrue(r.committed());
            assertEquals(r.imported(), store.summary().interactions());
            return r.files().get(0);
        }
    }

    @Test
    void aGiganticFieldRejectsItsRecordOnly(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("topic-gigantic.json");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("{\"post_stream\":{\"posts\":[{\"username\":\"a\",\"created_at\":\"2025-01-01T00:00:00Z\",\"post_number\":1},"
                    + "\n{\"username\":\"b\",\"created_at\":\"2025-01-01T00:00:00Z\",\"post_number\":2,\"cooked\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (17 << 20) / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"},\n{\"username\":\"c\",\"created_at\":\"2025-01-01T00:00:00Z\",\"post_number\":3}]},\"id\":1}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            FileReport r = run(store, List.of(f), null, false).files().get(0);
            assertEquals(List.of(2L, 1L), List.of(r.imported(), r.rejected()));
            assertEquals("2: record larger than 16 MB (a gigantic field?)", lines(r.errors()).get(0));
        }
    }

    @Test
    void strictKeepsNothingWhenARecordIsBad(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file("own/topic-4711.json"),
                    Fixtures.file("broken/topic-missing-fields.json")), "discourse", true);
            assertFalse(r.committed());
            assertEquals(6, r.rejected());
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("topic-many.json");
        StringBuilder b = new StringBuilder("{\"post_stream\":{\"posts\":[");
        for (int i = 1; i <= 5000; i++) {
            b.append(i == 1 ? "" : ",\n").append(String.format("{\"username\":\"u\",\"created_at\":\"2025-01-01T00:00:00Z\",\"post_number\":%d,\"cooked\":\"<p>n %d</p>\"}", i, i));
        }
        Files.writeString(big, b.append("]},\"id\":77}").toString());
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, List.of(Fixtures.file("own/topic-4711.json")), null, false);
            // Cancel is pressed once the mapping pass has reported progress (after 1024 records went to the store)
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                @Override
                public void worked(int work) {
                    setCanceled(true);
                }
            };
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(big), null, false), cancelling));
            assertEquals(5, store.summary().interactions());
            assertEquals(1, store.datasets().size());
            assertEquals(5000, run(store, List.of(big), null, false).imported(), "the same file imports in full");
        }
    }
}
