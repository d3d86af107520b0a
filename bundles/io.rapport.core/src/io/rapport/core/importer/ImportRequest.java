package io.rapport.core.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import: files, directories (searched recursively for files an importer recognises), zips (their
 * entries, as a folder's files) and {@code .gz}/{@code .zst} files (their content); an optional format id that
 * overrides recognition; and whether one bad record rejects the whole import.
 */
public record ImportRequest(List<Path> inputs, String format, boolean strict) {
    public ImportRequest {
        inputs = List.copyOf(inputs);
    }
}
