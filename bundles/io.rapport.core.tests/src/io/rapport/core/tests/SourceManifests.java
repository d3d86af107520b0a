package io.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The manifests of the source tree's bundles, for the tests that hold every bundle to a rule. */
final class SourceManifests {
    /** Splits a manifest header at commas outside quotes. */
    private static final Pattern CLAUSES = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private SourceManifests() {
    }

    /** The repository's {@code bundles} folder (system property {@code rapport.repo}, set by the build). */
    static Path bundlesDir() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        return Path.of(repo, "bundles");
    }

    /** The manifests of the bundles whose folder name {@code which} accepts, in name order. */
    static List<Path> of(Predicate<String> which) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundlesDir())) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(mf) && which.test(dir.getFileName().toString())) {
                    found.add(mf);
                }
            }
        }
        return found;
    }

    /** The bundle folder's name of a manifest found by {@link #of}. */
    static String bundleOf(Path manifest) {
        return manifest.getParent().getParent().getFileName().toString();
    }

    static Manifest read(Path mf) throws IOException {
        try (InputStream in = Files.newInputStream(mf)) {
            return new Manifest(in);
        }
    }

    /** The clauses of a header (package or bundle names with their attributes), none when it is absent. */
    static List<String> clauses(Manifest manifest, String header) {
        String value = manifest.getMainAttributes().getValue(header);
        return value == null ? List.of() : List.of(CLAUSES.split(value));
    }
}
