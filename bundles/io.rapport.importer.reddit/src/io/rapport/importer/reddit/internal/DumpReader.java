package io.rapport.importer.reddit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ByteLineReader;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RawText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a Pushshift-style dump: one comment or submission object per line (NDJSON). Each line is kept byte for
 * byte as its record's original; a bad line is rejected with its number, byte offset and reason.
 */
final class DumpReader {
    /** Longer lines are rejected: no Reddit record comes near this, and memory stays bounded. */
    static final int MAX_LINE_BYTES = 16 << 20;

    private final JsonFactory json = JsonFactories.create();
    private final RedditThing thing = new RedditThing();
    private final ThingMapper mapper = new ThingMapper();
    private final int maxLineBytes;

    DumpReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** @return the number of non-blank lines read */
    long read(ExportStream export, ImportSink sink, ImportProgress progress) throws IOException {
        ByteLineReader lines = new ByteLineReader(export.content(), maxLineBytes);
        long records = 0;
        try {
            while (lines.next()) {
                if (lines.isTooLong()) {
                    records++;
                    progress.record(records, export.fileBytesRead());
                    sink.reject(lines.number(), lines.offset(), "line longer than " + (maxLineBytes >> 20)
                            + " MB: not a Reddit record");
                    continue;
                }
                byte[] buf = lines.buffer();
                int off = lines.start();
                int len = lines.length();
                if (lines.number() == 1 && len >= 3 && (buf[off] & 0xff) == 0xEF && (buf[off + 1] & 0xff) == 0xBB
                        && (buf[off + 2] & 0xff) == 0xBF) {
                    off += 3; // a UTF-8 byte order mark left by an editor
                    len -= 3;
                }
                if (isBlank(buf, off, len)) {
                    continue;
                }
                records++;
                progress.record(records, export.fileBytesRead());
                try {
                    Interaction interaction = parse(buf, off, len);
                    sink.accept(interaction, new String(buf, off, len, StandardCharsets.UTF_8), lines.number(),
                            lines.offset());
                } catch (BadRecordException e) {
                    sink.reject(lines.number(), lines.offset(), e.getMessage(), RawText.of(buf, off, len));
                }
            }
        } catch (CorruptCompressedDataException e) {
            // what was decoded before the damage stays imported; the damage is one rejection where it begins
            sink.reject(lines.number() + 1, lines.position(), e.getMessage());
            records++;
        }
        return records;
    }

    private Interaction parse(byte[] buf, int off, int len) throws BadRecordException {
        thing.clear();
        try (JsonParser p = json.createParser(buf, off, len)) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new BadRecordException("not a JSON object: a dump line holds one comment or submission");
                }
                ThingFieldReader.read(p, thing, null, null);
                if (p.nextToken() != null) {
                    throw new BadRecordException("unexpected content after the JSON object");
                }
            } catch (JsonProcessingException e) {
                // limit violations carry no location of their own: the parser's is where it stopped
                throw new BadRecordException(JsonReading.reason(e) + " (column "
                        + JsonReading.location(e, p).getColumnNr() + ")");
            }
        } catch (IOException e) {
            throw new BadRecordException("invalid JSON: " + e.getMessage());
        }
        return mapper.map(thing);
    }

    private static boolean isBlank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
