package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImporterDescriptor;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

class ImporterDescriptorTest {
    private final ImporterDescriptor jsonl = new ImporterDescriptor("rapport-jsonl", "Interchange", "*",
            List.of("*.rapport.jsonl", "*.jsonl"), "1");

    @Test
    void matchesFileNamesCaseInsensitivelyWhateverTheFolder() {
        assertTrue(jsonl.matchesFileName(Path.of("/data/exports/X-Mentions.JSONL")));
        assertTrue(jsonl.matchesFileName(Path.of("a.rapport.jsonl")));
        assertFalse(jsonl.matchesFileName(Path.of("/data/a.jsonl.gz")));
        assertFalse(jsonl.matchesFileName(Path.of("/data.jsonl/readme.txt")));
    }

    @Test
    void theImporterThatNamesAFileMostSpecificallyGetsIt() {
        ImporterDescriptor reddit = new ImporterDescriptor("reddit", "Reddit", "reddit", List.of("RC_*", "*.ndjson"), "1");
        ImporterDescriptor xapi = new ImporterDescriptor("x-api-v2", "X API", "x", List.of("*.xapi.ndjson", "*.xapi.json"), "1");
        List<ImporterDescriptor> byId = List.of(jsonl, reddit, xapi);
        assertEquals("x-api-v2", ImporterDescriptor.mostSpecificFor(Path.of("/d/march.xapi.ndjson"), byId).orElseThrow().id());
        assertEquals("reddit", ImporterDescriptor.mostSpecificFor(Path.of("/d/comments.ndjson"), byId).orElseThrow().id());
        assertEquals("rapport-jsonl", ImporterDescriptor.mostSpecificFor(Path.of("a.rapport.jsonl"), byId).orElseThrow().id());
        assertTrue(ImporterDescriptor.mostSpecificFor(Path.of("notes.txt"), byId).isEmpty());
        assertEquals(-1, reddit.specificity(Path.of("a.jsonl")));
        assertEquals(7, reddit.specificity(Path.of("x.ndjson")));
    }

    @Test
    void entryNamesMatchAsFileNamesDo() {
        assertEquals(jsonl.specificity(Path.of("/d/a.rapport.jsonl")), jsonl.specificity("a.rapport.jsonl"));
        assertTrue(jsonl.matchesFileName("Mentions.JSONL"));
        assertFalse(jsonl.matchesFileName("data/a.jsonl"), "a name with a folder is not a file name");
        assertFalse(jsonl.matchesFileName(""));
        assertEquals("rapport-jsonl", ImporterDescriptor.mostSpecificFor("x.jsonl", List.of(jsonl)).orElseThrow().id());
    }

    @Test
    void anImporterReadsNoContainerUnlessItSaysSo() {
        assertFalse(jsonl.readsContainer("zip"));
        ImporterDescriptor reddit = new ImporterDescriptor("reddit", "Reddit", "reddit", List.of("RC_*"), "1", List.of("zst"));
        assertTrue(reddit.readsContainer("zst"));
        assertFalse(reddit.readsContainer("gz"));
    }
}
