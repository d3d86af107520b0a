package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.Utf8Encoding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON files: one response, a JSON array of responses, or several responses one after another (pretty-printed
 * pages saved to one file). Each response is cut out byte for byte through the {@link RecordingInputStream}
 * and handed over whole; a syntax error ends the file with a rejection naming the response it broke.
 */
final class DocumentReader {
    private final ImportInput input;
    private final Utf8Encoding encoding;
    private final ResponseSink responses;
    private final ImportProgress progress;
    private final JsonFactory factory;
    private long index;
    private boolean inside;
    private long responseOffset;

    DocumentReader(ImportInput input, Utf8Encoding encoding, ResponseSink responses, ImportProgress progress,
            JsonFactory factory) {
        this.input = input;
        this.encoding = encoding;
        this.responses = responses;
        this.progress = progress;
        this.factory = factory;
    }

    void read() throws IOException {
        long base = encoding.bomLength();
        try (InputStream file = input.open()) {
            RecordingInputStream in = new RecordingInputStream(file, XApiImporter.MAX_RESPONSE_BYTES);
            in.readNBytes(encoding.bomLength());
            try (JsonParser p = factory.createParser(in)) {
                try {
                    JsonToken t = p.nextToken();
                    if (t == null) {
                        responses.reject(1, 0, "not an X API v2 file: " + input.fileName() + " is empty");
                    }
                    for (; t != null; t = p.nextToken()) {
                        if (t == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                value(p, in, base);
                            }
                        } else {
                            value(p, in, base);
                        }
                    }
                } catch (JacksonException | CharConversionException e) {
                    broken(e, p, base);
                }
            }
        }
    }

    private void value(JsonParser p, RecordingInputStream in, long base) throws IOException {
        index++;
        inside = true;
        long start = base + p.currentTokenLocation().getByteOffset();
        responseOffset = start;
        progress.record(index, in.position());
        if (p.currentToken() != JsonToken.START_OBJECT) {
            responses.reject(index, start, "response is not a JSON object");
            p.skipChildren();
            inside = false;
            return;
        }
        in.startRecord(start);
        p.skipChildren();
        inside = false;
        long end = base + p.currentLocation().getByteOffset();
        if (in.recordTooLarge()) {
            in.abandonRecord();
            responses.reject(index, start, "response larger than " + XApiImporter.MAX_RESPONSE_MB + " MB (a gigantic field?)");
            return;
        }
        int from = in.indexOf(start);
        byte[] buffer = in.buffer();
        in.abandonRecord();
        responses.response(buffer, from, (int) (end - start), index, start);
    }

    private void broken(IOException e, JsonParser p, long base) {
        long at = -1;
        if (e instanceof JsonProcessingException j) {
            JsonLocation l = j.getLocation();
            at = l != null && l.getByteOffset() >= 0 ? base + l.getByteOffset() : base + p.currentLocation().getByteOffset();
        }
        String where = at >= 0 ? " at byte " + at : "";
        String reason = JsonReading.whyReadingStopped(e, where, XApiImporter.MAX_NESTING);
        long record = inside ? index : index + 1;
        sink(record, inside ? responseOffset : at, reason + "; the rest of the file cannot be read");
    }

    private void sink(long record, long offset, String reason) {
        responses.reject(Math.max(1, record), offset, reason);
    }
}
