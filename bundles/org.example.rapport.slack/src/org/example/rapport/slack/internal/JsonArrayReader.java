package org.example.rapport.slack.internal;

import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.JsonTree;
import io.rapport.importer.core.RawText;
import io.rapport.importer.core.RecordingInputStream;
import io.rapport.importer.core.Utf8Encoding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Streams a JSON array of objects, the shape of every file of a Slack export (a day of a channel, users.json,
 * channels.json): each element is cut out byte for byte as its original text and read into a small tree, so a
 * file of any size is read with the memory of one element. A broken file stops with a {@link Stopped} that names
 * the element and byte where reading stopped; the elements before it have been handed over.
 */
final class JsonArrayReader {
    /** No Slack message comes near this; a larger element is rejected alone. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** Messages nest about five levels (blocks → elements → elements); a depth bomb stops here. */
    static final int MAX_NESTING = 100;

    /** What the reader hands over; {@code index} is 1-based, {@code offset} the element's first byte. */
    interface Elements {
        void element(long index, long offset, String raw, JsonObject element);

        void unreadable(long index, long offset, String reason, String raw);
    }

    /** Reading stopped: the file is not an array, or broken at {@code index} (the element reading was in). */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        final long index;
        final long offset;

        Stopped(long index, long offset, String reason) {
            super(reason, null, false, false);
            this.index = index;
            this.offset = offset;
        }
    }

    private final JsonFactory factory = JsonReading
            .factory(MAX_NESTING, 2 * MAX_RECORD_BYTES, StreamReadConstraints.DEFAULT_MAX_NUM_LEN).build();

    /**
     * @param file     the file from its first byte (closed by the caller)
     * @param what     what the file should be, for the message when it is not an array ("a day of a channel")
     * @param progress told the bytes read now and then
     */
    void read(InputStream file, String what, Elements out, LongConsumer progress) throws IOException, Stopped {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(file);
        buffered.mark(8);
        Utf8Encoding encoding = Utf8Encoding.sniff(buffered, "Slack exports");
        buffered.reset();
        if (encoding.problem() != null) {
            throw new Stopped(1, 0, encoding.problem());
        }
        buffered.skipNBytes(encoding.bomLength());
        RecordingInputStream in = new RecordingInputStream(buffered, MAX_RECORD_BYTES, encoding.bomLength());
        long base = encoding.bomLength();
        long index = 0;
        long elementStart = -1;
        try (JsonParser p = factory.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new Stopped(1, 0, "not " + what + ": the file holds " + describe(first)
                        + ", expected a JSON array of objects");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end of input in the array");
                }
                index++;
                elementStart = base + p.currentTokenLocation().getByteOffset();
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    out.unreadable(index, elementStart, "element " + index + " is " + describe(t)
                            + ", not a JSON object", null);
                    elementStart = -1;
                    continue;
                }
                in.startRecord(elementStart);
                p.skipChildren();
                boolean tooLarge = in.recordTooLarge();
                String raw = in.endRecord(base + p.currentLocation().getByteOffset());
                long start = elementStart;
                elementStart = -1;
                if (index % 256 == 0) {
                    progress.accept(in.position());
                }
                if (tooLarge || raw == null) {
                    out.unreadable(index, start, "element larger than " + (MAX_RECORD_BYTES >> 20)
                            + " MB (a gigantic field?)", null);
                    continue;
                }
                byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
                JsonObject o;
                try {
                    o = JsonTree.parse(factory, bytes, 0, bytes.length, "element");
                } catch (JsonProcessingException e) {
                    out.unreadable(index, start, JsonReading.reason(e), RawText.of(bytes, 0, bytes.length));
                    continue;
                }
                out.element(index, start, raw, o);
            }
            if (p.nextToken() != null) {
                long at = base + p.currentTokenLocation().getByteOffset();
                throw new Stopped(index + 1, at, "unexpected content at byte " + at + " after the end of the array");
            }
            progress.accept(in.position());
        } catch (JacksonException | CharConversionException e) {
            long at = e instanceof JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getByteOffset() >= 0 ? base + j.getLocation().getByteOffset() : in.position();
            boolean inElement = elementStart >= 0;
            throw new Stopped(inElement ? index : index + 1, inElement ? elementStart : at,
                    JsonReading.whyReadingStopped(e, " at byte " + at, MAX_NESTING));
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "a JSON object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }
}
