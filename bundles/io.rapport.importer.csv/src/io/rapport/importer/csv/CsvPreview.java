package io.rapport.importer.csv;

import io.rapport.importer.core.csv.DelimitedRecord;
import io.rapport.importer.csv.internal.BoundMapping;
import io.rapport.importer.csv.internal.BoundMapping.Binding;
import io.rapport.importer.csv.internal.BoundMapping.MappedRow;
import io.rapport.importer.csv.internal.CsvImporter;
import io.rapport.importer.csv.internal.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a CSV/TSV file as a (possibly incomplete) mapping reads them, exactly as the import would:
 * what a mapping wizard page shows while the user edits the mapping, and re-reads on each change (only the
 * first rows are read).
 *
 * @param header           the header's column names
 * @param encoding         the encoding read ({@code UTF-16LE}, ...)
 * @param delimiter        the delimiter read
 * @param problems         what in the mapping does not fit (a column the header lacks, a bad format), each as
 *                         {@code $.path: message}
 * @param unmappedRequired required fields with neither a column nor a constant
 * @param rows             the first rows, mapped or with the reasons they would be rejected
 */
public record CsvPreview(List<String> header, String encoding, char delimiter, List<String> problems,
        List<String> unmappedRequired, List<PreviewRow> rows) {

    public CsvPreview {
        header = List.copyOf(header);
        problems = List.copyOf(problems);
        unmappedRequired = List.copyOf(unmappedRequired);
        rows = List.copyOf(rows);
    }

    /** Whether the mapping is complete and fits the file (rows may still be rejected one by one). */
    public boolean importable() {
        return problems.isEmpty() && unmappedRequired.isEmpty();
    }

    /**
     * Reads the header and the first {@code maxRows} rows after it (blank rows skipped).
     *
     * @throws IOException if the file cannot be read, or the mapping names an unknown encoding
     */
    public static CsvPreview of(Path file, CsvMapping mapping, int maxRows) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, file.getFileName().toString(), mapping, maxRows);
        }
    }

    /** As {@link #of(Path, CsvMapping, int)}, for a stream (closed by the caller). */
    public static CsvPreview of(InputStream in, String fileName, CsvMapping mapping, int maxRows) throws IOException {
        CsvSource source = CsvSource.open(in, fileName, mapping);
        DelimitedRecord header = source.next();
        List<String> columns = header == null ? List.of() : header.fields();
        Binding binding = BoundMapping.bind(mapping, columns);
        List<PreviewRow> rows = new ArrayList<>();
        for (DelimitedRecord r; rows.size() < maxRows && header != null && (r = source.next()) != null;) {
            if (r.blank() && !r.unclosed()) {
                continue;
            }
            String shape = CsvImporter.shapeProblem(r, columns.size(), source);
            if (shape != null) {
                rows.add(new PreviewRow(r.number(), r.offset(), r.raw(), null, List.of(shape)));
                continue;
            }
            MappedRow m = binding.mapping().map(r.fields());
            rows.add(new PreviewRow(r.number(), r.offset(), r.raw(), m.interaction(), m.reasons()));
        }
        return new CsvPreview(columns, source.encoding().name(), source.delimiter(),
                binding.problems().stream().map(Object::toString).toList(), binding.mapping().unmappedRequired(),
                rows);
    }
}
