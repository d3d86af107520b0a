package io.rapport.importer.zendesk.internal;

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

/** The Zendesk importer through the real registry, import service and DuckDB store, as the CLI uses them. */
class ZendeskImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(ZendeskImportTest.class);
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
        return List.of(Fixtures.file("own/tickets-acme-incremental.json"), Fixtures.file("own/ticket_audits-1001.json"),
                Fixtures.file("own/ticket_comments-1002.json"));
    }

    @Test
    void theRegistryListsTheImporterAndItsFileNames() {
        ImporterDescriptor d = registry.descriptor("zendesk").orElseThrow();
        assertEquals("zendesk", d.channel());
        assertEquals("1", d.version());
        for (String name : List.of("tickets.json", "tickets-2025-03.json", "acme-zendesk-export.json",
                "ticket_comments-1002.json", "ticket_audits-1001.json", "audits.json")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
        }
        for (String name : List.of("users.json", "topic-1.json", "outbox.json", "data.json")) {
            assertFalse(d.matchesFileName(Path.of(name)), name);
        }
        assertTrue(registry.importer("zendesk").orElseThrow() instanceof ZendeskImporter);
    }

    @Test
    void ticketsAuditsAndCommentsImportWithCountsPerFileAndTheirRepliesLinked(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            List<List<Object>> perFile = r.files().stream().map(f -> List.<Object>of(Path.of(f.file()).getFileName()
                    .toString(), f.format(), f.imported(), f.duplicates(), f.rejected())).toList();
            assertEquals(List.of(List.of("tickets-acme-incremental.json", "zendesk", 2L, 0L, 0L),
                    List.of("ticket_audits-1001.json", "zendesk", 4L, 1L, 0L),
                    List.of("ticket_comments-1002.json", "zendesk", 3L, 1L, 0L)), perFile,
                    "each ticket's first comment is its description, already imported from the tickets file");
            assertEquals(9, store.summary().interactions());

            List<String> links = new ArrayList<>();
            store.query("SELECT c.source_id, c.author_role, c.author_department, p.source_id, p.author_role"
                    + " FROM interactions c JOIN interactions p ON c.in_reply_to = p.source_id AND c.channel = p.channel"
                    + " ORDER BY c.created_at", List.of(), row -> links.add(row.get(0) + "(" + row.get(1) + "/"
                            + row.get(2) + ")->" + row.get(3) + "(" + row.get(4) + ")"));
            assertEquals(List.of("comment:80005(staff/support)->ticket:1001(customer)",
                    "comment:80006(customer/null)->comment:80005(staff)",
                    "comment:80008(staff/support)->comment:80006(customer)",
                    "comment:90102(customer/null)->ticket:1002(customer)",
                    "comment:90103(staff/support)->ticket:1002(customer)"), links);

            List<Object> ticket = new ArrayList<>();
            store.query("SELECT kind, space, thread_id, raw FROM interactions WHERE source_id = 'ticket:1001'",
                    List.of(), row -> {
                        for (int c = 0; c < row.columnCount(); c++) {
                            ticket.add(row.get(c));
                        }
                    });
            assertEquals(List.of("ticket", "acme.zendesk.com", "1001"), ticket.subList(0, 3),
                    "the ticket record, imported first, is the one kept");
            assertTrue(Files.readString(Fixtures.file("own/tickets-acme-incremental.json")).contains((String) ticket.get(3)),
                    "the stored raw record is the file's text, byte for byte");
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), null, false);
            ImportReport again = run(store, ownFiles(), null, false);
            assertEquals(List.of(0L, 11L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(9, store.summary().interactions());
        }
    }

    @Test
    void brokenFilesAreRejectedWithRecordOffsetAndReasonAndTheirValidRecordsKept(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/tickets-missing-fields.json");
        assertEquals(List.of(2L, 0L, 6L), List.of(f.imported(), f.duplicates(), f.rejected()));
        assertEquals(List.of("2: missing required field 'id'", "3: missing required field 'created_at'",
                "4: 'created_at' is not an ISO-8601 date-time: 'yesterday'", "5: missing required field 'requester_id'",
                "6: 'id' must be an integer or a string, not an object",
                "7: an element of 'tickets' is a number, not a JSON object"), lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/tickets-missing-fields.json"));
        assertEquals('{', bytes[(int) f.errors().get(0).offset()], "the offset is the record's first byte");
        assertEquals('4', bytes[(int) f.errors().get(5).offset()]);
        String raw = f.errors().get(0).raw();
        assertTrue(raw != null && raw.startsWith("{") && raw.endsWith("}"), "the rejected record's text: " + raw);
        assertEquals(raw, new String(bytes, (int) f.errors().get(0).offset(),
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, java.nio.charset.StandardCharsets.UTF_8),
                "the text is the record as it is in the file, for the Import Log");

        f = single(tmp, "broken/audits-missing-fields.json");
        assertEquals(List.of(2L, 4L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: missing required field 'ticket_id'", "3: missing required field 'created_at'",
                "4: missing required field 'id'", "5: 'events[1].public' must be true or false, not a string"),
                lines(f.errors()));

        f = single(tmp, "broken/tickets-truncated.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(2, f.errors().get(0).line());
        assertTrue(f.errors().get(0).reason().matches("the file ends at byte \\d+ in the middle of the JSON"
                + " \\(truncated\\?\\); the rest of the file cannot be read"), f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-invalid-utf8.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte ")
                && f.errors().get(0).reason().contains("Invalid UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-utf16.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("the file is not UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-depth-bomb.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("nested deeper than 200 levels"), f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-duplicated-id.json");
        assertEquals(List.of(2L, 1L, 0L), List.of(f.imported(), f.duplicates(), f.rejected()));

        f = single(tmp, "broken/tickets-trailing-garbage.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("unexpected content at byte 114 after the end of the JSON"),
                f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-other-format.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals("not a Zendesk export: tickets-other-format.json is an object with the keys [post_stream, id];"
                + " expected an object with 'tickets', 'comments' or 'audits' (a Zendesk API response or incremental"
                + " export)", f.errors().get(0).reason());

        f = single(tmp, "broken/tickets-not-json.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte 0"), f.errors().get(0).reason());
    }

    /** Imports one fixture into a project of its own. */
    private static FileReport single(Path tmp, String fixture) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), "zendesk", false);
            assertTrue(r.committed());
            assertEquals(r.imported(), store.summary().interactions());
            return r.files().get(0);
        }
    }

    @Test
    void aGiganticFieldRejectsItsRecordOnly(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("tickets-gigantic.json");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("{\"tickets\":[{\"id\":1,\"created_at\":\"2025-01-01T00:00:00Z\",\"description\":\"a\",\"requester_id\":1},"
                    + "\n{\"id\":2,\"created_at\":\"2025-01-01T00:00:00Z\",\"requester_id\":1,\"description\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (17 << 20) / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("\"},\n{\"id\":3,\"created_at\":\"2025-01-01T00:00:00Z\",\"description\":\"c\",\"requester_id\":1}]}"
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
            ImportReport r = run(store, List.of(Fixtures.file("own/tickets-acme-incremental.json"),
                    Fixtures.file("broken/tickets-missing-fields.json")), "zendesk", true);
            assertFalse(r.committed());
            assertEquals(6, r.rejected());
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("tickets-many.json");
        StringBuilder b = new StringBuilder("{\"tickets\":[");
        for (int i = 1; i <= 5000; i++) {
            b.append(i == 1 ? "" : ",\n").append(String.format("{\"id\":9%d,\"created_at\":\"2025-01-01T00:00:00Z\",\"description\":\"n %d\",\"requester_id\":1}", i, i));
        }
        Files.writeString(big, b.append("]}").toString());
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, List.of(Fixtures.file("own/tickets-acme-incremental.json")), null, false);
            // Cancel is pressed once the mapping pass has reported progress (after 1024 records went to the store)
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                @Override
                public void worked(int work) {
                    setCanceled(true);
                }
            };
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(big), null, false), cancelling));
            assertEquals(2, store.summary().interactions());
            assertEquals(1, store.datasets().size());
            assertEquals(5000, run(store, List.of(big), null, false).imported(), "the same file imports in full");
        }
    }
}
