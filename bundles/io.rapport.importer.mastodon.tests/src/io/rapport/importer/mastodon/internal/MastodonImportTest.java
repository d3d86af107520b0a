package io.rapport.importer.mastodon.internal;

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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Mastodon importer through the real registry, import service and DuckDB store, as the CLI uses them. */
class MastodonImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(MastodonImportTest.class);
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

    private static long count(ProjectStore store) throws Exception {
        return store.summary().interactions();
    }

    private static List<Path> ownFiles() {
        return List.of(Fixtures.file("own/outbox.json"), Fixtures.file("own/statuses-home.json"),
                Fixtures.file("own/context-invoice.json"), Fixtures.file("own/notifications-march.json"));
    }

    @Test
    void theRegistryListsTheImporterAndItsFileNamesClaimOnlyMastodonFiles() {
        ImporterDescriptor d = registry.descriptor("mastodon").orElseThrow();
        assertEquals("mastodon", d.channel());
        assertEquals("1", d.version());
        for (String name : List.of("outbox.json", "OUTBOX.JSON", "outbox-page2.json", "acme.mastodon.json",
                "statuses.json", "statuses-home.json", "context-123.json", "notifications.json")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
        }
        for (String name : List.of("actor.json", "likes.json", "tweets.json", "data.json", "x.jsonl")) {
            assertFalse(d.matchesFileName(Path.of(name)), name);
        }
        assertTrue(registry.importer("mastodon").orElseThrow() instanceof MastodonImporter);
    }

    @Test
    void theArchiveAndApiFilesImportWithCountsPerFileAndRepliesLinkedAcrossFiles(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            List<List<Object>> perFile = r.files().stream().map(f -> List.<Object>of(Path.of(f.file()).getFileName().toString(),
                    f.format(), f.imported(), f.duplicates(), f.rejected())).toList();
            assertEquals(List.of(List.of("outbox.json", "mastodon", 5L, 0L, 0L),
                    List.of("statuses-home.json", "mastodon", 6L, 0L, 0L),
                    List.of("context-invoice.json", "mastodon", 4L, 0L, 0L),
                    List.of("notifications-march.json", "mastodon", 2L, 1L, 0L)), perFile,
                    "the favourited status of the notifications is the outbox's note: a duplicate");
            assertEquals(17, count(store));

            // replies in the API files name the outbox's notes by the same URI: the links join up
            List<String> links = new ArrayList<>();
            store.query("SELECT c.author_handle, p.author_handle, p.kind FROM interactions c JOIN interactions p"
                    + " ON c.in_reply_to = p.source_id AND c.channel = p.channel ORDER BY c.created_at", List.of(),
                    row -> links.add(row.get(0) + "->" + row.get(1) + ":" + row.get(2)));
            assertEquals(List.of("grace@fosstodon.example->frank@social.example:mention",
                    "carol@mastodon.example->acme@social.example:reply",
                    "acme@social.example->acme@social.example:post",
                    "acme@social.example->carol@mastodon.example:reply",
                    "acme@social.example->ivan@chaos.example:mention",
                    "ivan@chaos.example->acme@social.example:reply",
                    "judy@mastodon.example->ivan@chaos.example:mention",
                    "karl@mastodon.example->acme@social.example:post"), links);

            List<String> raw = new ArrayList<>();
            store.query("SELECT raw FROM interactions WHERE source_id = ?",
                    List.of("https://social.example/users/acme/statuses/109000000000000003/activity"), row -> raw.add((String) row.get(0)));
            assertTrue(raw.get(0).startsWith("{") && raw.get(0).endsWith("}") && raw.get(0).contains("\"type\": \"Announce\""),
                    raw.get(0));
            assertTrue(Files.readString(Fixtures.file("own/outbox.json")).contains(raw.get(0)),
                    "the stored raw record is the file's text, indentation and all");
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), null, false);
            ImportReport again = run(store, ownFiles(), null, false);
            assertEquals(List.of(0L, 18L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(17, count(store));
        }
    }

    @Test
    void brokenFilesAreRejectedWithRecordOffsetAndReasonAndTheirValidRecordsKept(@TempDir Path tmp) throws Exception {
        {
            FileReport f = single(tmp, "broken/missing-fields-outbox.json");
            assertEquals(List.of(3L, 0L, 5L), List.of(f.imported(), f.duplicates(), f.rejected()));
            assertEquals(List.of("2: missing required field 'object.id'",
                    "4: missing required field 'object.published'",
                    "5: activity type 'Like' is not an interaction (Create, Update and Announce are imported)",
                    "6: record is a number, not a JSON object",
                    "7: missing required field 'type'"), lines(f.errors()));
            byte[] bytes = Files.readAllBytes(Fixtures.file("broken/missing-fields-outbox.json"));
            assertEquals('{', bytes[(int) f.errors().get(0).offset()], "the offset is the record's first byte");
            assertEquals('4', bytes[(int) f.errors().get(3).offset()]);
            String raw = f.errors().get(0).raw();
            assertTrue(raw != null && raw.startsWith("{") && raw.endsWith("}"), "the rejected record's text: " + raw);
            assertEquals(raw, new String(bytes, (int) f.errors().get(0).offset(),
                    raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, java.nio.charset.StandardCharsets.UTF_8),
                    "the text is the record as it is in the file, for the Import Log");

            f = single(tmp, "broken/missing-fields-statuses.json");
            assertEquals(List.of(2L, 4L), List.of(f.imported(), f.rejected()));
            assertEquals(List.of("2: missing required field 'uri' (the status URI is its source id)",
                    "3: missing required field 'created_at'",
                    "4: 'created_at' is not an ISO-8601 date-time with offset: 'yesterday'",
                    "5: 'favourites_count' must be a non-negative integer, not a string"), lines(f.errors()));

            f = single(tmp, "broken/truncated-outbox.json");
            assertEquals(List.of(3L, 1L), List.of(f.imported(), f.rejected()));
            RecordError e = f.errors().get(0);
            assertEquals(4, e.line());
            byte[] truncated = Files.readAllBytes(Fixtures.file("broken/truncated-outbox.json"));
            assertEquals('{', truncated[(int) e.offset()], "the offset is the broken record's start");
            assertTrue(e.reason().matches("the file ends at byte \\d+ in the middle of the JSON \\(truncated\\?\\);"
                    + " the rest of the file cannot be read"), e.reason());

            f = single(tmp, "broken/invalid-utf8-statuses.json");
            assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
            assertEquals(3, f.errors().get(0).line());
            assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte "), f.errors().get(0).reason());
            assertTrue(f.errors().get(0).reason().contains("Invalid UTF-8"), f.errors().get(0).reason());

            f = single(tmp, "broken/utf16-statuses.json");
            assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
            assertTrue(f.errors().get(0).reason().startsWith("the file is not UTF-8"), f.errors().get(0).reason());

            f = single(tmp, "broken/depth-bomb-outbox.json");
            assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
            assertEquals(2, f.errors().get(0).line());
            assertTrue(f.errors().get(0).reason().startsWith("exceeds a safety limit at byte "), f.errors().get(0).reason());
            assertTrue(f.errors().get(0).reason().contains("nested deeper than 200 levels"), f.errors().get(0).reason());

            f = single(tmp, "broken/duplicated-id-outbox.json");
            assertEquals(List.of(2L, 1L, 0L), List.of(f.imported(), f.duplicates(), f.rejected()));

            f = single(tmp, "broken/other-format.json");
            assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
            assertEquals("not a Mastodon export: other-format.json is an object with the keys [kind, data]; expected an"
                    + " ActivityStreams collection with 'orderedItems' (outbox.json), a JSON array of statuses or"
                    + " notifications, or a context with 'ancestors' and 'descendants'", f.errors().get(0).reason());

            f = single(tmp, "broken/not-json.json");
            assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
            assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte 0: Unrecognized token 'handle'"),
                    f.errors().get(0).reason());
        }
    }

    /** Imports one fixture into a project of its own (fixtures share records, which would count as duplicates). */
    private static FileReport single(Path tmp, String fixture) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), "mastodon", false);
            assertTrue(r.committed());
            assertEquals(r.imported(), count(store));
            return r.files().get(0);
        }
    }

    @Test
    void aGiganticFieldRejectsItsRecordOnlyAndMemoryStaysBounded(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("statuses-gigantic.json");
        String status = Files.readString(Fixtures.file("own/statuses-home.json"), StandardCharsets.UTF_8);
        String first = status.substring(status.indexOf('{'), status.indexOf("\n  },\n") + 4);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("[" + first.replace("113100000000000300", "1") + ",\n{\"uri\":\"https://x.example/users/a/statuses/2\","
                    + "\"created_at\":\"2025-01-01T00:00:00Z\",\"account\":{\"acct\":\"a@x.example\"},\"media_attachments\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (17 << 20) / chunk.length; i++) {
                out.write(chunk);
            }
            out.write(("\"},\n" + first.replace("113100000000000300", "3") + "]\n").getBytes(StandardCharsets.UTF_8));
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
            ImportReport r = run(store, List.of(Fixtures.file("own/outbox.json"),
                    Fixtures.file("broken/missing-fields-outbox.json")), "mastodon", true);
            assertFalse(r.committed());
            assertEquals(5, r.rejected());
            assertEquals(0, count(store));
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("statuses-many.json");
        String template = "{\"id\":\"%d\",\"uri\":\"https://x.example/users/a/statuses/%d\",\"created_at\":\"2025-01-01T00:00:00Z\","
                + "\"in_reply_to_id\":null,\"account\":{\"acct\":\"a@x.example\"},\"content\":\"<p>n %d</p>\"}";
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            b.append(i == 0 ? "" : ",\n").append(String.format(template, i, i, i));
        }
        Files.writeString(big, b.append("]").toString());
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, List.of(Fixtures.file("own/context-invoice.json")), null, false);
            // Cancel is pressed once the mapping pass has reported progress (after 1024 of its records went to
            // the store); the first pass, which only indexes, reports none
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
            assertEquals(4, count(store));
            assertEquals(1, store.datasets().size());
            ImportReport whole = run(store, List.of(big), null, false);
            assertEquals(5000, whole.imported(), "the same file imports in full when not cancelled");
        }
    }

    @Test
    void aFileOfAnotherFormatIsNotClaimedWithoutFormat(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("data.json"), "[]");
        assertTrue(registry.descriptors().stream().noneMatch(d -> d.id().equals("mastodon") && d.matchesFileName(f)));
    }
}
