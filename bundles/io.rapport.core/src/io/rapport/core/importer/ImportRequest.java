package io.rapport.core.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to import: files, directories (searched recursively for files an importer recognises), zips (their
 * entries, as a folder's files) and {@code .gz}/{@code .zst} files (their content); an optional format id that
 * overrides recognition, for every input or per input; whether one bad record rejects the whole import; and
 * options for the importers ({@link #MAPPING}, ...), handed to every importer of the import as they are.
 *
 * @param format        the format of every input, or {@code null} to recognise each file's
 * @param options       named settings an importer needs besides the file (e.g. a column mapping for CSV files);
 *                      an importer ignores the ones it does not know
 * @param formatByInput the format of one input (a file, or everything in a folder or archive), overriding
 *                      {@code format} and recognition for it
 */
public record ImportRequest(List<Path> inputs, String format, boolean strict, Map<String, String> options,
        Map<Path, String> formatByInput) {
    /** The option naming a column-mapping file, for importers of files without a fixed layout (CSV). */
    public static final String MAPPING = "mapping";

    public ImportRequest {
        inputs = List.copyOf(inputs);
        options = Map.copyOf(options);
        formatByInput = Map.copyOf(formatByInput);
    }

    /** A request with one format (or recognition) for every input. */
    public ImportRequest(List<Path> inputs, String format, boolean strict, Map<String, String> options) {
        this(inputs, format, strict, options, Map.of());
    }

    /** A request without importer options. */
    public ImportRequest(List<Path> inputs, String format, boolean strict) {
        this(inputs, format, strict, Map.of());
    }

    /** The format given for {@code input} (its own, else the request's), or {@code null} to recognise it. */
    public String formatOf(Path input) {
        return formatByInput.getOrDefault(input, format);
    }

    /** The same request for one of its inputs, with that input's format. */
    public ImportRequest forInput(Path input) {
        return new ImportRequest(List.of(input), formatOf(input), strict, options);
    }
}
