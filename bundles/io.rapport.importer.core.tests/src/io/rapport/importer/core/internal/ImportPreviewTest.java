package io.rapport.importer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPreview;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.model.Interaction;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the import wizard shows before anything is imported: each file with the format picked and why, its
 * first records as the importer maps them and the rejected ones, nothing stored; and a format given for one
 * input only.
 */
class ImportPreviewTest {
    private static RapportServices services;
    private static ImportService imports;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(ImportPreviewTest.class);
        imports = services.imports();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String line(String id, String text) {
        return "{\"channel\":\"x\",\"id\":\"" + id + "\",\"kind\":\"post\",\"author\":{\"handle\":\"ann\"},"
                + "\"created_at\":\"2026-03-0" + id + "T10:00:00Z\",\"text\":\"" + text + "\"}";
    }

    @Test
    void eachFileShowsItsFormatAndFirstRecords(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        Files.write(folder.resolve("a.rapport.jsonl"), List.of(line("1", "one"), "{broken", line("2", "two"),
                line("3", "three"), line("4", "four")));
        Files.copy(Fixtures.file("reddit", "pushshift/RC_2024-03_nimbalo.ndjson"), folder.resolve("comments.ndjson"));

        ImportPreview preview = imports.preview(new ImportRequest(List.of(folder), null, false), 3,
                new NullProgressMonitor());
        assertEquals(2, preview.files().size(), preview.toString());
        ImportPreview.File jsonl = preview.files().stream().filter(f -> f.name().endsWith("a.rapport.jsonl"))
                .findFirst().orElseThrow();
        assertEquals("rapport-jsonl", jsonl.format().id());
        assertEquals(folder, jsonl.input(), "found in the folder given");
        assertNull(jsonl.failure());
        // the first three records read: two mapped, one rejected, and no more
        assertEquals(List.of("1", "2"), jsonl.records().stream().map(Interaction::sourceId).toList());
        assertEquals(1, jsonl.rejected().size());
        assertEquals(2, jsonl.rejected().get(0).line());
        ImportPreview.File reddit = preview.files().stream().filter(f -> f.name().endsWith("comments.ndjson"))
                .findFirst().orElseThrow();
        assertEquals("reddit", reddit.format().id());
        assertEquals(3, reddit.records().size() + reddit.rejected().size());
    }

    @Test
    void aFormatGivenForOneInputAppliesToItAlone(@TempDir Path tmp) throws Exception {
        Path first = Files.write(tmp.resolve("first.rapport.jsonl"), List.of(line("1", "one"), line("2", "two")));
        Path second = Files.write(tmp.resolve("second.rapport.jsonl"), List.of(line("3", "three")));
        ImportPreview recognised = imports.preview(new ImportRequest(List.of(first, second), null, false), 5,
                new NullProgressMonitor());
        assertEquals(List.of("rapport-jsonl", "rapport-jsonl"), recognised.files().stream()
                .map(f -> f.format().id()).toList());
        assertEquals(2, recognised.files().get(0).records().size());

        // the first read as Reddit comments instead: its lines lack Reddit's fields and are rejected; the second
        // is still recognised
        ImportPreview forced = imports.preview(new ImportRequest(List.of(first, second), null, false, Map.of(),
                Map.of(first, "reddit")), 5, new NullProgressMonitor());
        assertEquals(List.of("reddit", "rapport-jsonl"), forced.files().stream().map(f -> f.format().id()).toList());
        assertEquals(0, forced.files().get(0).records().size());
        assertEquals(2, forced.files().get(0).rejected().size(), forced.files().get(0).toString());
        assertEquals(List.of("3"), forced.files().get(1).records().stream().map(Interaction::sourceId).toList());

        assertThrows(ImportInputException.class, () -> imports.preview(new ImportRequest(List.of(first), null, false,
                Map.of(), Map.of(first, "no-such-format")), 5, new NullProgressMonitor()));
    }

    @Test
    void aStrayCsvInAFolderIsLeftOutWithoutAMappingAndTheRestIsImported(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        Files.write(folder.resolve("a.rapport.jsonl"), List.of(line("1", "one"), line("2", "two")));
        Files.writeString(folder.resolve("notes.csv"), "id,when,who,what\n1,2026-03-01T10:00:00Z,ann,hi\n");
        try (var store = services.projects().create(tmp.resolve("project"),
                io.rapport.core.model.ProjectSettings.named("Stray"))) {
            var report = imports.importFiles(store, new ImportRequest(List.of(folder), null, false),
                    new NullProgressMonitor());
            assertEquals(2, report.imported());
            assertEquals(1, report.files().size(), "only the interchange file");
            assertEquals(1, report.skipped().size());
            assertTrue(report.skipped().get(0).contains("notes.csv") && report.skipped().get(0).contains("mapping"),
                    report.skipped().get(0));
        }
        // given by itself, the CSV file still goes to its importer, which says what is missing
        try (var other = services.projects().create(tmp.resolve("other"),
                io.rapport.core.model.ProjectSettings.named("Other"))) {
            ImportInputException alone = assertThrows(ImportInputException.class, () -> imports.importFiles(other,
                    new ImportRequest(List.of(folder.resolve("notes.csv")), null, false), new NullProgressMonitor()));
            assertTrue(alone.getMessage().contains("--mapping"), alone.getMessage());
        }
    }
}
