package io.rapport.importer.xarchive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Predicate;

/**
 * Streams the elements of one archive data file ({@code window.YTD.<name>.partN = [ {...}, ... ]}) and hands
 * each element's original bytes, with its index and byte offset, to a consumer. Only element boundaries are
 * parsed here (strings are skipped, never materialised), so a gigantic field costs no memory and is reported
 * as an oversized record while its neighbours are read. A JSON syntax error, invalid UTF-8 or excessive
 * nesting cannot be stepped over in a JSON array: it is reported with its offset and ends the file.
 */
final class YtdArrayReader {
    /** No tweet comes near this; bounded memory per record. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** A tweet nests about 7 levels deep; far deeper is a nesting bomb. */
    static final int MAX_DEPTH = 100;
    /** Progress and cancellation are checked this often (records). */
    static final int CHECK_EVERY = 1024;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** Receives the elements of a file. */
    interface Elements {
        /** One element; {@code buf[start, start + length)} is its original text. */
        void element(long index, long offset, byte[] buf, int start, int length) throws IOException;

        /** An element (or the rest of the file) that cannot be read; {@code index} is 1-based. */
        void reject(long index, long offset, String reason);

        /** Called every {@value #CHECK_EVERY} elements and at the end: progress and cancellation. */
        void progress(long bytesRead);
    }

    /**
     * @param dataNames which data types the file may hold (e.g. {@code tweets} and {@code tweet})
     * @return the wrapper the file had
     * @throws ArchiveFormatException if the file is not a data file of one of those types
     */
    YtdWrapper read(InputStream source, String file, Predicate<String> dataNames, Elements out) throws IOException {
        RecordingInputStream in = new RecordingInputStream(new BufferedInputStream(source, 1 << 16), MAX_RECORD_BYTES);
        YtdWrapper wrapper = YtdWrapper.read(in, file);
        if (!dataNames.test(wrapper.dataName())) {
            throw new ArchiveFormatException(file + ": holds '" + wrapper.globalName() + "', not the data this"
                    + " importer reads");
        }
        long base = wrapper.prefixLength();
        long index = 0;
        try (JsonParser p = factory.createParser(in)) {
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new ArchiveFormatException(file + ": expected '[' after 'window." + wrapper.globalName()
                            + " =' at byte " + (base + offset(p.currentTokenLocation())));
                }
            } catch (JsonProcessingException e) {
                throw new ArchiveFormatException(file + ": expected '[' after 'window." + wrapper.globalName()
                        + " =' at byte " + (base + offset(e.getLocation())) + ": " + e.getOriginalMessage());
            }
            long start = base;
            try {
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        out.reject(index + 1, in.position(), "the file ends before the closing ']' (truncated?)");
                        return wrapper;
                    }
                    index++;
                    start = base + offset(p.currentTokenLocation());
                    in.keepFrom(start);
                    p.skipChildren();
                    if (t != JsonToken.START_OBJECT) {
                        out.reject(index, start, "element " + index + " is not a JSON object");
                    } else if (in.overflowed()) {
                        out.reject(index, start, "record larger than " + (MAX_RECORD_BYTES >> 20) + " MB");
                    } else {
                        long end = base + offset(p.currentTokenLocation()) + 1;
                        out.element(index, start, in.buffer(), in.indexOf(start), (int) (end - start));
                    }
                    if (index % CHECK_EVERY == 0) {
                        out.progress(in.position());
                    }
                }
            } catch (JsonEOFException e) {
                out.reject(index, start, "the file ends inside record " + index + " (truncated?)");
                return wrapper;
            } catch (StreamConstraintsException e) {
                out.reject(index, start, "record " + index + " nests deeper than " + MAX_DEPTH
                        + " levels; nothing after it could be read");
                return wrapper;
            } catch (JsonProcessingException e) {
                long at = base + offset(e.getLocation());
                out.reject(index, start, "invalid JSON at byte " + at + ": " + e.getOriginalMessage()
                        + "; nothing after it could be read");
                return wrapper;
            }
            checkTrailer(p, in, index, out);
        }
        out.progress(in.position());
        return wrapper;
    }

    /** After the array only whitespace and the statement's optional ';' may follow. */
    private static void checkTrailer(JsonParser p, RecordingInputStream in, long index, YtdArrayReader.Elements out)
            throws IOException {
        long at = in.position();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        p.releaseBuffered(rest);
        at -= rest.size();
        byte[] more = in.readNBytes(64);
        rest.write(more);
        boolean semicolon = false;
        byte[] b = rest.toByteArray();
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == ';' && !semicolon) {
                semicolon = true;
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.reject(index + 1, at + i, "unexpected content after the closing ']'");
                return;
            }
        }
    }

    private static long offset(JsonLocation l) {
        return l == null ? 0 : Math.max(0, l.getByteOffset());
    }
}
