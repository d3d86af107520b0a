package io.rapport.importer.zendesk.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture files of this fragment, in the source tree (the test runtime is given the repository root). */
final class Fixtures {
    private Fixtures() {
    }

    static Path file(String relative) {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path f = Path.of(repo, "bundles", "io.rapport.importer.zendesk.tests", "fixtures", relative);
        assertTrue(Files.isRegularFile(f), f + " is missing");
        return f;
    }
}
