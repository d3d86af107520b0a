package io.rapport.core.tests;

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
}
