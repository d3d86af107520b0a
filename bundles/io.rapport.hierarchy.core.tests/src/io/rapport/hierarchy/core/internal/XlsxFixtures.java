package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The XLSX fixtures of this fragment. They are kept as the readable XML parts of a workbook, laid out as Excel
 * writes them, under {@code fixtures/xlsx/<name>/}, so that a review sees exactly which cells, styles and
 * strings a test reads; each test zips them into a workbook, optionally with parts replaced, added or removed
 * (a damaged workbook is then one changed part, in the test that needs it).
 */
final class XlsxFixtures {
    private XlsxFixtures() {
    }

    static Path folder(String name) {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path f = Path.of(repo, "bundles", "io.rapport.hierarchy.core.tests", "fixtures", "xlsx", name);
        assertTrue(Files.isDirectory(f), f + " is missing");
        return f;
    }

    /** A fixture's part as text. */
    static String part(String fixture, String part) throws IOException {
        return Files.readString(folder(fixture).resolve(part), StandardCharsets.UTF_8);
    }

    /** Zips a fixture as {@code dir/fileName}. */
    static Path workbook(Path dir, String fixture, String fileName) throws IOException {
        return workbook(dir, fixture, fileName, Map.of());
    }

    /**
     * Zips a fixture with some parts changed: part name → new content (text or bytes), or {@code null} to leave
     * the part out. Parts the fixture lacks are added.
     */
    static Path workbook(Path dir, String fixture, String fileName, Map<String, Object> changes) throws IOException {
        Path folder = folder(fixture);
        Map<String, Object> parts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path p : sorted) {
                parts.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        parts.putAll(changes);
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Object> e : parts.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue() instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
