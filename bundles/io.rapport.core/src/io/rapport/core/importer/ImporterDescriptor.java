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
        Path name = Path.of(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        for (String pattern : filePatterns) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(java.util.Locale.ROOT));
            if (m.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
