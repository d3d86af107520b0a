package io.rapport.importer.meta.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Walks a file's JSON and cuts out its records one at a time, byte for byte, through the
 * {@link RecordingInputStream}: the elements of a top-level array, or of the known record arrays of a top-level
 * object ({@code data}, {@code comments_v2}, {@code ig_reels_media}, ...). Only one record is held at a time.
 * When the document has no record arrays the caller may walk it again with {@link #wholeDocument()} to read
 * it as one record (a single Graph API post, or a photo with its comments edge).
 */
final class RecordWalker {
    /** What the walk found. */
    enum Shape {
        RECORDS, LONE_OBJECT, UNKNOWN
    }

    interface Records {
        /** @param container the array the record came from, or null for a top-level array or lone object */
        void record(String container, byte[] bytes, long index, long offset);

        void unreadable(long index, long offset, String reason);
    }

    private final JsonParser parser;
    private final RecordingInputStream recorder;
    private final long base;
    private final Set<String> containers;
    private final int maxRecordBytes;
    private final Records records;
    private long index;
    private boolean inside;
    private long recordOffset = -1;
    private String description = "";

    RecordWalker(JsonParser parser, RecordingInputStream recorder, long base, Set<String> containers,
            int maxRecordBytes, Records records) {
        this.parser = parser;
        this.recorder = recorder;
        this.base = base;
        this.containers = containers;
        this.maxRecordBytes = maxRecordBytes;
        this.records = records;
    }

    long index() {
        return index;
    }

    boolean inside() {
        return inside;
    }

    long recordOffset() {
        return recordOffset;
    }

    long parserOffset() {
        return base + parser.currentLocation().getByteOffset();
    }

    long base() {
        return base;
    }

    String description() {
        return description;
    }

    Shape walk() throws IOException {
        JsonToken root = parser.nextToken();
        Shape shape;
        if (root == null) {
            description = "an empty file";
            return Shape.UNKNOWN;
        } else if (root == JsonToken.START_ARRAY) {
            array(null);
            shape = Shape.RECORDS;
        } else if (root == JsonToken.START_OBJECT) {
            shape = object();
        } else {
            description = "a JSON scalar, not an object or array";
            return Shape.UNKNOWN;
        }
        trailing();
        return shape;
    }

    /** Reads the whole document as one record (after {@link #walk()} found a lone object). */
    void wholeDocument() throws IOException {
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            record(null); // what follows the object was reported by the first walk
        }
    }

    private void trailing() throws IOException {
        if (parser.nextToken() != null) {
            records.unreadable(index + 1, base + parser.currentTokenLocation().getByteOffset(),
                    "unexpected content after the end of the JSON document");
        }
    }

    private Shape object() throws IOException {
        boolean found = false;
        List<String> keys = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (keys.size() < 5) {
                keys.add(name);
            }
            if (value == JsonToken.START_ARRAY && containers.contains(name)) {
                array(name);
                found = true;
            } else {
                parser.skipChildren();
            }
        }
        if (found) {
            return Shape.RECORDS;
        }
        description = "an object with the keys " + keys + (keys.size() == 5 ? " ..." : "");
        return Shape.LONE_OBJECT;
    }

    private void array(String container) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                record(container);
            } else {
                index++;
                inside = true;
                recordOffset = base + parser.currentTokenLocation().getByteOffset();
                records.unreadable(index, recordOffset, "record is " + token(parser.currentToken())
                        + ", not a JSON object");
                parser.skipChildren();
                inside = false;
            }
        }
    }

    private void record(String container) throws IOException {
        index++;
        inside = true;
        long start = base + parser.currentTokenLocation().getByteOffset();
        recordOffset = start;
        recorder.startRecord(start);
        parser.skipChildren();
        inside = false;
        long end = base + parser.currentLocation().getByteOffset();
        if (recorder.recordTooLarge()) {
            recorder.abandonRecord();
            records.unreadable(index, start, "record larger than " + (maxRecordBytes >> 20) + " MB (a gigantic field?)");
            return;
        }
        byte[] buf = recorder.buffer();
        byte[] bytes = Arrays.copyOfRange(buf, recorder.indexOf(start), recorder.indexOf(end));
        recorder.abandonRecord();
        records.record(container, bytes, index, start);
    }

    private static String token(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }
}
