package io.rapport.ui.common.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Whole files: byte-order mark, encoding, replacement of an existing file, nothing half-written left behind. */
class CsvTest {
    @TempDir
    Path dir;

    @Test
    void fileIsUtf8WithByteOrderMarkHeaderAndRows() throws Exception {
        Path file = dir.resolve("worklist.csv");
        int rows = Csv.write(file, List.of("author", "text", "score"),
                List.of(Arrays.asList("zoë", "@nimbalo c'est cassé, encore", -0.7),
                        Arrays.asList("李", "multi\nline", null)));
        assertEquals(2, rows);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "starts with the UTF-8 byte-order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("author,text,score\r\nzoë,\"'@nimbalo c'est cassé, encore\",-0.7\r\n李,\"multi\nline\",\r\n",
                text);
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.csv"), "old content that is longer than the new one");
        Csv.write(file, List.of("a"), List.of(List.of(1)));
        assertEquals("\uFEFFa\r\n1\r\n", Files.readString(file));
        assertEquals(List.of(file), listDir(), "no temporary file is left");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.csv"), "good");
        Iterable<List<?>> failing = () -> new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<?> next() {
                if (n++ == 3) {
                    throw new UncheckedIOException(new IOException("disk full"));
                }
                return List.of("row " + n);
            }
        };
        assertThrows(UncheckedIOException.class, () -> Csv.write(file, List.of("a"), failing));
        assertEquals("good", Files.readString(file));
        assertEquals(List.of(file), listDir());
    }

    private List<Path> listDir() throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
