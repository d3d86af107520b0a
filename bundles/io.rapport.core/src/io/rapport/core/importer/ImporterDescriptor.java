package io.rapport.core.importer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** What the registry knows of an importer from its service properties, without instantiating it. */
public record ImporterDescriptor(String id, String label, String channel, List<String> filePatterns,
        String version) {

    public ImporterDescriptor {
        filePatterns = List.copyOf(filePatterns);
    }

    /** Whether the file's name matches one of the importer's patterns (case-insensitive). */
    public boolean matchesFileName(Path file) {
        return specificity(file) >= 0;
    }

    /**
     * How specifically the importer's patterns name the file: the number of literal characters of the longest
     * matching pattern ({@code *.xapi.ndjson} names a file more specifically than {@code *.ndjson}), or -1 when
     * no pattern matches.
     */
    public int specificity(Path file) {
        Path name = Path.of(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        int best = -1;
        for (String pattern : filePatterns) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(java.util.Locale.ROOT));
            if (m.matches(name)) {
                best = Math.max(best, pattern.replaceAll("[*?\\[\\]{}]", "").length());
            }
        }
        return best;
    }

    /**
     * The importer whose patterns name the file most specifically; among equally specific ones the first in
     * the given order.
     */
    public static java.util.Optional<ImporterDescriptor> mostSpecificFor(Path file, java.util.List<ImporterDescriptor> candidates) {
        ImporterDescriptor best = null;
        int bestScore = -1;
        for (ImporterDescriptor d : candidates) {
            int score = d.specificity(file);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
