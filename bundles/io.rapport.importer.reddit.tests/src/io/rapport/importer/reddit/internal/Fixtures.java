package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture files of this fragment, found from the repository root the test runtime is given. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path dir = Path.of(repo, "bundles", "io.rapport.importer.reddit.tests", "fixtures");
        assertTrue(Files.isDirectory(dir), dir + " is missing");
        return dir;
    }

    static Path file(String relative) {
        Path f = dir().resolve(relative);
        assertTrue(Files.isRegularFile(f), f + " is missing");
        return f;
    }
}
