package io.rapport.core.importer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the registry knows of an importer from its service properties, without instantiating it.
 *
 * @param containers the containers it reads itself ({@link ChannelImporter#CONTAINERS})
 */
public record ImporterDescriptor(String id, String label, String channel, List<String> filePatterns,
        String version, List<String> containers, List<String> requiredOptions) {

    public ImporterDescriptor {
        filePatterns = List.copyOf(filePatterns);
        containers = List.copyOf(containers);
        requiredOptions = List.copyOf(requiredOptions);
    }

    /** An importer that needs no option. */
    public ImporterDescriptor(String id, String label, String channel, List<String> filePatterns, String version,
            List<String> containers) {
        this(id, label, channel, filePatterns, version, containers, List.of());
    }

    /** An importer that reads no container itself and needs no option. */
    public ImporterDescriptor(String id, String label, String channel, List<String> filePatterns, String version) {
        this(id, label, channel, filePatterns, version, List.of());
    }

    /** The {@link #requiredOptions()} an import does not give, in their order. */
    public List<String> missingOptions(java.util.Map<String, String> options) {
        return requiredOptions.stream().filter(o -> !options.containsKey(o)).toList();
    }

    /** Whether it reads that kind of container ({@link ChannelImporter#ZIP}, ...) itself. */
    public boolean readsContainer(String kind) {
        return containers.contains(kind);
    }

    /** Whether the file's name matches one of the importer's patterns (case-insensitive). */
    public boolean matchesFileName(Path file) {
        return specificity(file) >= 0;
    }

    /** Whether the name (without folders) matches one of the importer's patterns (case-insensitive). */
    public boolean matchesFileName(String fileName) {
        return specificity(fileName) >= 0;
    }

    /**
     * How specifically the importer's patterns name the file: the number of literal characters of the longest
     * matching pattern ({@code *.xapi.ndjson} names a file more specifically than {@code *.ndjson}), or -1 when
     * no pattern matches.
     */
    public int specificity(Path file) {
        return specificity(file.getFileName().toString());
    }

    /** As {@link #specificity(Path)}, for a name without folders (e.g. an archive entry's). */
    public int specificity(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.indexOf('/') >= 0 || lower.indexOf('\0') >= 0) {
            return -1;
        }
        Path name = Path.of(lower);
        int best = -1;
        for (String pattern : filePatterns) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
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
    public static Optional<ImporterDescriptor> mostSpecificFor(Path file, List<ImporterDescriptor> candidates) {
        return mostSpecificFor(file.getFileName().toString(), candidates);
    }

    /** As {@link #mostSpecificFor(Path, List)}, for a name without folders. */
    public static Optional<ImporterDescriptor> mostSpecificFor(String fileName, List<ImporterDescriptor> candidates) {
        ImporterDescriptor best = null;
        int bestScore = -1;
        for (ImporterDescriptor d : candidates) {
            int score = d.specificity(fileName);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
