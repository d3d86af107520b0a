package io.rapport.importer.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture files of the importers' test fragments, found from the repository root the runtime is given. */
final class Fixtures {
    private Fixtures() {
    }

    /** @param fragment the importer, e.g. "reddit" for {@code io.rapport.importer.reddit.tests/fixtures} */
    static Path file(String fragment, String relative) {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path f = Path.of(repo, "bundles", "io.rapport.importer." + fragment + ".tests", "fixtures", relative);
        assertTrue(Files.isRegularFile(f), f + " is missing");
        return f;
    }
}
