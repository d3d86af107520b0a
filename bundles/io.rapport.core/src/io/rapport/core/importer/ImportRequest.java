package io.rapport.core.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to import: files, directories (searched recursively for files an importer recognises), zips (their
 * entries, as a folder's files) and {@code .gz}/{@code .zst} files (their content); an optional format id that
 * overrides recognition; whether one bad record rejects the whole import; and options for the importers
 * ({@link #MAPPING}, ...), handed to every importer of the import as they are.
 *
 * @param options named settings an importer needs besides the file (e.g. a column mapping for CSV files); an
 *                importer ignores the ones it does not know
 */
public record ImportRequest(List<Path> inputs, String format, boolean strict, Map<String, String> options) {
    /** The option naming a column-mapping file, for importers of files without a fixed layout (CSV). */
    public static final String MAPPING = "mapping";

    public ImportRequest {
        inputs = List.copyOf(inputs);
        options = Map.copyOf(options);
    }

    /** A request without importer options. */
    public ImportRequest(List<Path> inputs, String format, boolean strict) {
        this(inputs, format, strict, Map.of());
    }
}
