package io.rapport.importer.reviews.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.importer.ImportSink;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.CharConversionException;
import java.io.IOException;

/**
 * Walks the records of one JSON file: each record is read as a small tree (records are reviews, kilobytes),
 * with its exact bytes from the recording stream, its 1-based number and its byte offset; the file around the
 * records is streamed, so a page of a million reviews never sits in memory. What cannot be read becomes a
 * rejection naming the record, never an exception.
 */
final class JsonRecords {
    /** Handles one record; a {@link BadRecordException} rejects it, the walk goes on. */
    interface Handler {
        void record(JsonNode record, String raw, long number, long offset) throws BadRecordException;
    }

    private final JsonParser parser;
    private final RecordingInputStream in;
    private final ObjectMapper mapper;
    private final long base;
    private final ImportSink sink;
    private final ImportProgress progress;
    private final int maxRecordBytes;
    private long number;
    private long recordOffset = -1;

    JsonRecords(JsonParser parser, RecordingInputStream in, ObjectMapper mapper, long base, ImportSink sink,
            ImportProgress progress, int maxRecordBytes) {
        this.parser = parser;
        this.in = in;
        this.mapper = mapper;
        this.base = base;
        this.sink = sink;
        this.progress = progress;
        this.maxRecordBytes = maxRecordBytes;
    }

    JsonParser parser() {
        return parser;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Starts keeping the bytes of the object the parser is at, which may turn out to be a lone record. */
    long beginLone() {
        long offset = tokenOffset();
        in.startRecord(offset);
        recordOffset = offset;
        return offset;
    }

    /** The object begun with {@link #beginLone()} is a container after all: stop keeping its bytes. */
    void abandonLone() {
        in.abandonRecord();
        recordOffset = -1;
    }

    /** Whether the lone object begun has grown past the record limit (its fields need not be read any more). */
    boolean loneTooLarge() {
        return in.recordTooLarge();
    }

    /** The file offset just after the current token. */
    long endOffset() {
        return parser.currentLocation().getByteOffset() + base;
    }

    /** A rejection at the next record number (for a document that holds no records of the format). */
    void rejectDocument(long offset, String reason) {
        recordOffset = -1;
        sink.reject(number + 1, offset, reason);
    }

    /** The file offset of the current token's first byte. */
    long tokenOffset() {
        return parser.currentTokenLocation().getByteOffset() + base;
    }

    /** Reads every element of the array the parser is at. */
    void elements(Handler handler) throws IOException {
        while (true) {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return;
            }
            if (t == null) {
                throw new JsonEOFException(parser, null, "unexpected end of the file inside an array");
            }
            element(handler);
        }
    }

    /** Reads the value the parser is at as one record. */
    void element(Handler handler) throws IOException {
        number++;
        long offset = tokenOffset();
        recordOffset = offset;
        progress.record(number, in.position());
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            String what = parser.currentToken() == JsonToken.START_ARRAY ? "an array" : "a " + scalar(parser.currentToken());
            parser.skipChildren();
            recordOffset = -1;
            sink.reject(number, offset, "record is " + what + ", not a JSON object");
            return;
        }
        in.startRecord(offset);
        JsonNode node = mapper.readTree(parser);
        String raw = in.endRecord(parser.currentLocation().getByteOffset() + base);
        recordOffset = -1;
        if (raw == null) {
            sink.reject(number, offset, "record larger than " + (maxRecordBytes >> 20) + " MB (a gigantic field?)");
            return;
        }
        try {
            handler.record(node, raw, number, offset);
        } catch (BadRecordException e) {
            sink.reject(number, offset, e.getMessage(), raw);
        }
    }

    /** Reads the object the parser is at (a lone record) as one record, from bytes already kept since its start. */
    void lone(JsonNode node, long offset, long endOffset, Handler handler) {
        number++;
        recordOffset = -1;
        String raw = in.endRecord(endOffset);
        if (raw == null) {
            sink.reject(number, offset, "record larger than " + (maxRecordBytes >> 20) + " MB (a gigantic field?)");
            return;
        }
        try {
            handler.record(node, raw, number, offset);
        } catch (BadRecordException e) {
            sink.reject(number, offset, e.getMessage(), raw);
        }
    }

    /** "an object", "a string", ...: for reasons that say what a file or record is instead. */
    static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "a " + scalar(t);
        };
    }

    private static String scalar(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }

    /**
     * A JSON document cannot be resynchronised after a syntax error: the file ends with one rejection that points
     * at the broken record (or where reading stopped) and says where inside it.
     */
    void broken(IOException e, String file) {
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        long errorOffset = at != null && at.getByteOffset() >= 0 ? at.getByteOffset() + base
                : parser.currentLocation().getByteOffset() + base; // limit violations carry no location
        boolean inRecord = recordOffset >= 0;
        String reason;
        if (e instanceof JsonEOFException) {
            reason = file + " ends at byte " + errorOffset + " in the middle of the JSON (truncated?)";
        } else if (e instanceof StreamConstraintsException c) {
            String m = c.getOriginalMessage();
            reason = "exceeds a safety limit at byte " + errorOffset + ": " + (m != null && m.contains("nesting depth")
                    ? "nested deeper than " + ReviewJson.MAX_NESTING + " levels (a nesting-depth bomb?)"
                    : JsonReading.oneLine(c));
        } else if (e instanceof JsonProcessingException j) {
            reason = "invalid JSON or encoding in " + file + " at byte " + errorOffset + ": " + JsonReading.oneLine(j);
        } else {
            reason = "invalid encoding in " + file + " at byte " + errorOffset + ": " + e.getMessage();
        }
        sink.reject(Math.max(1, inRecord ? number : number + 1), inRecord ? recordOffset : errorOffset,
                reason + "; the rest of the file cannot be read");
    }

    /** Whether {@code e} is a problem of the file's content (reported by {@link #broken}), not of reading it. */
    static boolean isContentProblem(IOException e) {
        return e instanceof JacksonException || e instanceof CharConversionException;
    }
}
