package io.rapport.importer.jsonl.internal;

import io.rapport.testsupport.RapportServices;

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
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The interchange importer through the real import service, registry and DuckDB store, as the CLI uses them. */
class InterchangeImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(InterchangeImportTest.class);
        imports = services.imports();
        projects = services.projects();
        registry = services.registry();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String line(String channel, String id, String text) {
        return "{\"channel\":\"" + channel + "\",\"id\":\"" + id + "\",\"kind\":\"post\",\"author\":{\"handle\":\"kim\"},"
                + "\"created_at\":\"2025-02-03T04:05:06Z\",\"text\":\"" + text + "\"}";
    }

    private static Path write(Path dir, String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static long count(ProjectStore store) throws Exception {
        return store.summary().interactions();
    }

    @Test
    void theRegistryListsTheImporterFromItsProperties() {
        ImporterDescriptor d = registry.descriptor("rapport-jsonl").orElseThrow();
        assertEquals(List.of("*.rapport.jsonl", "*.jsonl"), d.filePatterns());
        assertEquals("*", d.channel());
        assertTrue(registry.importer("rapport-jsonl").orElseThrow() instanceof InterchangeImporter);
    }

    @Test
    void aBadLineIsRejectedWithItsLineAndReasonAndItsNeighboursAreImported(@TempDir Path tmp) throws Exception {
        Path file = write(tmp, "mixed.jsonl", line("x", "1", "first"), "{\"channel\":\"x\",\"id\":\"2\", oops}",
                "", line("x", "3", "after a blank line"), line("x", "1", "duplicate of line 1"));
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(file), null, false), new NullProgressMonitor());
            assertTrue(r.committed());
            FileReport f = r.files().get(0);
            assertEquals(List.of(file.toString(), "rapport-jsonl", 2L, 1L, 1L), List.of(f.file(), f.format(), f.imported(), f.duplicates(), f.rejected()));
            RecordError e = f.errors().get(0);
            assertEquals(2, e.line());
            assertEquals(line("x", "1", "first").length() + 1, e.offset());
            assertTrue(e.reason().startsWith("invalid JSON: expected a field name in double quotes, found 'o'"), e.reason());
            assertEquals("{\"channel\":\"x\",\"id\":\"2\", oops}", e.raw(), "the rejected line, for the Import Log");
            assertEquals(2, count(store));
            assertEquals(f.errors(), store.importErrors(store.datasets().get(0).id()), "kept in the project");
        }
    }

    /**
     * What the store keeps of each line: a template per shape of line (the field values taken out), from which the
     * view {@code originals} gives every line back as it was, whatever its spacing, escapes, numbers or order.
     */
    @Test
    void everyLineComesBackFromTheProjectAsItWasKeptAsATemplate(@TempDir Path tmp) throws Exception {
        List<String> lines = List.of(line("x", "1", "first"), line("x", "2", "second"),
                "{ \"id\" : 3, \"channel\" : \"reddit\", \"kind\":\"comment\", \"author\":{\"handle\":\"Zoë\",\"role\":\"staff\"},"
                        + " \"created_at\": 1700000000, \"text\": \"caf\\u00e9 \\\"quoted\\\" ✓ 😀\", \"counts\":{\"likes\":12,\"awards\":1},"
                        + " \"mentions\":[\"acme\",\"bo\"], \"extra\":{\"a\":[1,2.5,null]}}",
                "{\"channel\":\"x\",\"id\":\"4\",\"kind\":\"reply\",\"author\":{\"handle\":\"acme\"},"
                        + "\"created_at\":\"2025-01-01T10:00:00.250+01:00\",\"in_reply_to\":1,\"rating\":null}");
        Path file = write(tmp, "shapes.jsonl", lines.toArray(String[]::new));
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(file), null, true),
                    new NullProgressMonitor());
            assertEquals(4, r.imported(), r.toString());
            List<String> back = new ArrayList<>();
            store.query("SELECT raw FROM originals ORDER BY source_line", List.of(), row -> back.add((String) row.get(0)));
            assertEquals(lines, back);
            List<Long> counts = new ArrayList<>();
            store.query("SELECT count(raw), count(raw_template), (SELECT count(*) FROM record_templates) FROM interactions",
                    List.of(), row -> { for (int c = 0; c < 3; c++) counts.add(((Number) row.get(c)).longValue()); });
            assertEquals(List.of(0L, 4L, 3L), counts, "no line kept whole; the first two share one template");
        }
    }

    @Test
    void strictImportsNothingWhenALineIsBad(@TempDir Path tmp) throws Exception {
        Path good = write(tmp, "good.jsonl", line("x", "1", "a"), line("x", "2", "b"));
        Path bad = write(tmp, "bad.jsonl", line("x", "3", "c"), "not json");
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(good, bad), null, true), new NullProgressMonitor());
            assertFalse(r.committed());
            assertEquals(1, r.rejected());
            assertEquals(0, count(store));
            assertEquals(List.of(), store.datasets());
        }
    }

    @Test
    void reimportingTheSameFolderAddsNothingAndCRLFAndBOMAreRead(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports/2025"));
        Files.write(folder.resolve("a.rapport.jsonl"), ("\uFEFF" + line("x", "1", "crlf") + "\r\n" + line("mastodon", "1", "é ✓")
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        write(folder, "b.jsonl", line("x", "2", "b"));
        write(folder, "notes.txt", "not an export");
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport first = imports.importFiles(store, new ImportRequest(List.of(tmp.resolve("exports")), null, false),
                    new NullProgressMonitor());
            assertEquals(List.of(3L, 0L, 0L), List.of(first.imported(), first.duplicates(), first.rejected()));
            assertEquals(2, first.files().size(), "notes.txt is not an interchange file");
            ImportReport again = imports.importFiles(store, new ImportRequest(List.of(tmp.resolve("exports")), null, false),
                    new NullProgressMonitor());
            assertEquals(List.of(0L, 3L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(3, count(store));
            List<String> texts = new ArrayList<>();
            store.query("SELECT text FROM interactions ORDER BY channel, source_id", List.of(), r -> texts.add((String) r.get(0)));
            assertEquals(List.of("é ✓", "crlf", "b"), texts);
        }
    }

    @Test
    void missingFilesUnknownFormatsAndUnrecognisedNamesAreRefusedBeforeAnythingIsImported(@TempDir Path tmp) throws Exception {
        Path good = write(tmp, "good.jsonl", line("x", "1", "a"));
        Path csv = write(tmp, "export.csv", "a,b");
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(good, tmp.resolve("missing.jsonl")), null, false), new NullProgressMonitor()));
            assertEquals(tmp.resolve("missing.jsonl") + ": no such file or directory", e.getMessage());
            e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(csv), null, false), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith(csv + ": no importer recognises this file"), e.getMessage());
            e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(good), "twitter", false), new NullProgressMonitor()));
            assertTrue(e.getMessage().startsWith("unknown format 'twitter' (installed: "), e.getMessage());
            assertEquals(0, count(store));
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add(line("x", "c" + i, "record " + i));
        }
        Path file = write(tmp, "many.jsonl", lines.toArray(String[]::new));
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            imports.importFiles(store, new ImportRequest(List.of(write(tmp, "one.jsonl", line("x", "keep", "k"))), null, false),
                    new NullProgressMonitor());
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int calls;

                @Override
                public boolean isCanceled() {
                    return ++calls > 2; // cancelled part-way through the file
                }
            };
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(file), null, false), cancelling));
            assertEquals(1, count(store));
            assertEquals(1, store.datasets().size());
        }
    }

    @Test
    void aCancelAfterTheLastRecordWasReadStillCommitsNothing(@TempDir Path tmp) throws Exception {
        Path file = write(tmp, "few.jsonl", line("x", "1", "a"), line("x", "2", "b"));
        NullProgressMonitor cancelledOnceReadingEnds = new NullProgressMonitor() {
            @Override
            public void internalWorked(double work) {
                // a file this small reports its work once, when it has been read: the user presses Cancel
                // while the dataset is being stored
                setCanceled(true);
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(file), null, false), cancelledOnceReadingEnds));
            assertEquals(0, count(store));
            assertEquals(List.of(), store.datasets());
        }
    }
}
