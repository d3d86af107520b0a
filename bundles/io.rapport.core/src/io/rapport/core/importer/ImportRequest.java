package io.rapport.core.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import: files and directories (searched recursively for files an importer recognises), an optional
 * format id that overrides recognition, and whether one bad record rejects the whole import.
 */
public record ImportRequest(List<Path> inputs, String format, boolean strict) {
    public ImportRequest {
        inputs = List.copyOf(inputs);
    }
}
