package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

class ImportInputTest {

    @Test
    void aFileOnDiskIsReadAsItIsAndKnowsTheFilesBesideIt(@TempDir Path tmp) throws Exception {
        Path outbox = Files.writeString(tmp.resolve("outbox.json"), "{}");
        Files.writeString(tmp.resolve("actor.json"), "{\"id\":1}");
        Files.createDirectories(tmp.resolve("media"));
        ImportInput in = ImportInput.of(outbox);
        assertEquals(List.of(outbox.toString(), "outbox.json", "2"),
                List.of(in.displayName(), in.fileName(), String.valueOf(in.size())));
        assertEquals(Optional.of(outbox), in.file());
        try (InputStream s = in.open()) {
            assertEquals("{}", new String(s.readAllBytes()));
        }
        assertEquals(List.of("actor.json"), in.siblings().stream().map(ImportInput::fileName).toList(),
                "the other files of its folder, not itself, not folders");
    }

    @Test
    void aMissingFileHasSizeZeroAndFailsToOpen(@TempDir Path tmp) {
        ImportInput gone = ImportInput.of(tmp.resolve("gone.jsonl"));
        assertEquals(0, gone.size());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, gone::open)
                .getMessage().contains("gone.jsonl"));
    }

    @Test
    void aShortNameKeepsTheArchiveOfAnEntry() {
        assertEquals("a.jsonl", ImportInput.shortName("/in/a.jsonl"));
        assertEquals("export.zip!/data/a.jsonl", ImportInput.shortName("/in/export.zip!/data/a.jsonl"));
        assertEquals("export.zip!/inner.zip!/a.jsonl", ImportInput.shortName("/in/export.zip!/inner.zip!/a.jsonl"));
        assertEquals("a.jsonl", ImportInput.shortName("a.jsonl"));
    }
}
