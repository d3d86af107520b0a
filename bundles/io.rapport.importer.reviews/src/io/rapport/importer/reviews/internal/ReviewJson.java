package io.rapport.importer.reviews.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens a review API JSON file for one import: checks that it is UTF-8 (the APIs send nothing else; a UTF-8 BOM
 * is skipped), sets safety limits, and hands the format's {@link Document} a {@link JsonRecords} to walk.
 */
final class ReviewJson {
    /** Review records nest about six levels; a depth bomb stops here, not in a stack overflow. */
    static final int MAX_NESTING = 100;
    /** No review comes near this; a larger record is rejected and its bytes not kept. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** A single text value beyond this ends the file (a record is read as a tree, so its values are held). */
    static final int MAX_STRING_CHARS = 64 << 20;

    /** How a format finds its records in the document. */
    interface Document {
        void walk(JsonRecords records, String file) throws IOException;
    }

    private ReviewJson() {
    }

    static void read(ImportInput input, ImportSink sink, ImportProgress progress, String formatLabel, Document document)
            throws IOException {
        String file = input.fileName();
        TextEncoding encoding = TextEncoding.sniff(input);
        if (!encoding.isUtf8()) {
            sink.reject(1, 0, "the file " + file + " is " + encoding.label() + ", not UTF-8; " + formatLabel
                    + " JSON is UTF-8: convert it, e.g. with iconv -f UTF-16 -t UTF-8");
            return;
        }
        // a factory per file: factories cache field names, which must not outlive one import
        JsonFactory factory = JsonReading.factory(MAX_NESTING, MAX_STRING_CHARS, StreamReadConstraints.DEFAULT_MAX_NUM_LEN)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        try (InputStream raw = input.open()) {
            RecordingInputStream in = new RecordingInputStream(raw, MAX_RECORD_BYTES);
            in.readNBytes(encoding.bomLength());
            JsonRecords records = null;
            try (JsonParser p = factory.createParser(in)) {
                records = new JsonRecords(p, in, mapper, encoding.bomLength(), sink, progress, MAX_RECORD_BYTES);
                if (p.nextToken() == null) {
                    sink.reject(1, 0, "the file " + file + " is empty; expected " + formatLabel + " JSON");
                    return;
                }
                document.walk(records, file);
            } catch (JacksonException | java.io.CharConversionException e) {
                if (records == null) {
                    throw e;
                }
                records.broken(e, file);
            }
        }
    }
}
