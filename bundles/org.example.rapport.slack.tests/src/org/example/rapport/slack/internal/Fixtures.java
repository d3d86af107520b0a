package org.example.rapport.slack.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hand-made fixtures of this fragment, in the source tree (the test runtime is given the repository root). */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String relative) {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path f = Path.of(repo, "bundles", "org.example.rapport.slack.tests", "fixtures", relative);
        assertTrue(Files.exists(f), f + " is missing");
        return f;
    }

    /** The hand-made export as an unpacked folder. */
    static Path export() {
        return path("own/acme-slack");
    }

    /** The hand-made export zipped as Slack does (its files at the root of the zip), into {@code zip}. */
    static Path zippedExport(Path zip) throws IOException {
        Path folder = export();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }
}
