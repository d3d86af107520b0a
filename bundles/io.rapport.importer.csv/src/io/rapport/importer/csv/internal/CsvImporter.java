package io.rapport.importer.csv.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.importer.Recognition;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.FileHead;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.csv.DelimitedReader;
import io.rapport.importer.core.csv.DelimitedRecord;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingException;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.internal.BoundMapping.Binding;
import io.rapport.importer.csv.internal.BoundMapping.MappedRow;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Any CSV or TSV file, through the column mapping named by the import's {@link ImportRequest#MAPPING} option
 * (a mapping file). Rows are numbered as a spreadsheet numbers them (the header is row 1); a row that cannot be
 * mapped is rejected with every reason, each naming its field and column, and the rows around it are imported.
 * It only ever makes a weak guess from content, so a file another importer claims is never taken from it.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = CsvImporter.FORMAT_ID, label = "CSV or TSV file with a column mapping",
        channel = "*", filePatterns = { "*.csv", "*.tsv" }, version = "1", requiredOptions = ImportRequest.MAPPING)
public final class CsvImporter implements ChannelImporter {
    public static final String FORMAT_ID = Channels.CSV;

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        read(input, sink, Map.of(), monitor);
    }

    @Override
    public void read(ImportInput input, ImportSink sink, Map<String, String> options, IProgressMonitor monitor)
            throws IOException {
        String mappingFile = options.get(ImportRequest.MAPPING);
        if (mappingFile == null) {
            throw new IOException(input.displayName() + ": a CSV file is read through a column mapping: give"
                    + " --mapping FILE (rapport mapping guess " + input.fileName() + " prints a first one to edit)");
        }
        CsvMapping mapping;
        try {
            mapping = CsvMappingFile.read(Path.of(mappingFile));
        } catch (CsvMappingException e) {
            throw new IOException(input.displayName() + ": mapping " + e.getMessage(), e);
        }
        read(input, sink, mapping, mappingFile, monitor);
    }

    private static void read(ImportInput input, ImportSink sink, CsvMapping mapping, String mappingFile,
            IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        try (CsvSource source = CsvSource.open(input.open(), input.fileName(), mapping)) {
            DelimitedRecord header = source.next();
            if (header == null) {
                progress.done();
                return; // an empty file has nothing to import
            }
            Binding binding = BoundMapping.bind(mapping, header.fields());
            if (!binding.problems().isEmpty() || !binding.mapping().unmappedRequired().isEmpty()) {
                throw new IOException(input.displayName() + ": the mapping " + mappingFile + " does not fit: "
                        + problems(binding));
            }
            BoundMapping bound = binding.mapping();
            int columns = header.fields().size();
            for (DelimitedRecord r; (r = source.next()) != null;) {
                progress.record(r.number(), source.bytesRead());
                if (r.blank() && !r.unclosed()) {
                    continue;
                }
                String reason = shapeProblem(r, columns, source);
                if (reason != null) {
                    sink.reject(r.number(), r.offset(), reason, r.raw());
                    continue;
                }
                MappedRow row = bound.map(r.fields());
                if (row.interaction() != null) {
                    sink.accept(row.interaction(), r.raw(), r.number(), r.offset());
                } else {
                    sink.reject(r.number(), r.offset(), String.join("; ", row.reasons()), r.raw());
                }
            }
        }
        progress.done();
    }

    /** Why the record cannot be a row of this file, whatever the mapping; {@code null} when it can. */
    public static String shapeProblem(DelimitedRecord r, int columns, CsvSource source) {
        if (r.unclosed()) {
            return "a quoted field is not closed before the end of the file (a truncated file?)";
        }
        if (r.tooLong()) {
            return "the row is longer than " + DelimitedReader.MAX_RECORD_CHARS + " characters (a gigantic field?)";
        }
        if (r.fields().size() > columns) {
            return "the row has " + r.fields().size() + " fields, the header " + columns
                    + " (a delimiter inside an unquoted field?)";
        }
        if (CsvSource.undecodable(r)) {
            return source.undecodableReason();
        }
        return null;
    }

    static String problems(Binding binding) {
        String unmapped = binding.mapping().unmappedRequired().stream().map(f -> f + " is not mapped")
                .collect(Collectors.joining("; "));
        String listed = binding.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
        return listed.isEmpty() ? unmapped : unmapped.isEmpty() ? listed : listed + "; " + unmapped;
    }

    /**
     * Never a claim: any text with a delimiter looks like CSV, so the name decides; a JSON or binary file is
     * denied, so that the importer that claims it wins over a {@code .csv} name.
     */
    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        String start = h.text().stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return Recognition.notThis("JSON, not delimited text");
        }
        if (h.startsWithBytes(0x50, 0x4B, 0x03, 0x04) || h.startsWithBytes(0x1F, 0x8B)
                || h.startsWithBytes(0x28, 0xB5, 0x2F, 0xFD)) {
            return Recognition.notThis("an archive, not delimited text");
        }
        String line = h.firstLine();
        if (line.indexOf(',') >= 0 || line.indexOf('\t') >= 0 || line.indexOf(';') >= 0) {
            return new Recognition(10, "delimited text with a header row");
        }
        return Recognition.UNKNOWN;
    }
}
