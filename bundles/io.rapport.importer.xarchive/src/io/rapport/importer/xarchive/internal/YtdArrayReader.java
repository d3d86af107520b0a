package io.rapport.importer.xarchive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Predicate;

/**
 * Streams the elements of one archive data file ({@code window.YTD.<name>.partN = [ {...}, ... ]}) and hands
 * each element's original bytes, with its index and byte offset, to a consumer. Only element boundaries are
 * parsed here (strings are skipped, never materialised), so a gigantic field costs no memory and is reported
 * as an oversized record while its neighbours are read.
 * <p>
 * A JSON syntax error, invalid UTF-8 or excessive nesting leaves a JSON parser nowhere to continue. Archives
 * are pretty-printed with every element opening on its own line at the same indentation, so reading resumes
 * at the next line that opens an element that way; the rejection says from which byte. A file without that
 * layout (minified) ends at the error instead.
 */
final class YtdArrayReader {
    /** No tweet comes near this; bounded memory per record. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** A tweet nests about 7 levels deep; far deeper is a nesting bomb. */
    static final int MAX_DEPTH = 100;
    /** Progress and cancellation are checked this often (records). */
    static final int CHECK_EVERY = 1024;
    /** Whitespace allowed between an element's '{' and its first key when looking for where to resume. */
    private static final int MAX_GAP = 4096;

    private final JsonFactory factory = JsonReading
            .factory(MAX_DEPTH, StreamReadConstraints.DEFAULT_MAX_STRING_LEN, StreamReadConstraints.DEFAULT_MAX_NUM_LEN)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller's stream outlives a parser given up on
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
        new Reading(file, wrapper, out).run(in, wrapper.prefixLength());
        return wrapper;
    }

    /** The state of reading one file, across the sections a resumption splits it into. */
    private final class Reading {
        private final String file;
        private final YtdWrapper wrapper;
        private final Elements out;
        private long index;
        /** The indentation of the element lines, or -1 while unknown or when elements do not open lines. */
        private int indent = -1;
        private long lastPosition;
        /** Whether the parser is inside an element (else between elements) when an error strikes. */
        private boolean inElement;
        private long errorOffset;

        Reading(String file, YtdWrapper wrapper, Elements out) {
            this.file = file;
            this.wrapper = wrapper;
            this.out = out;
        }

        /** @param base the file offset of the '[' that {@code in} starts with (after any prefix) */
        void run(RecordingInputStream in, long base) throws IOException {
            boolean first = true;
            while (true) {
                JsonParser p = factory.createParser(in);
                try {
                    start(p, base, first);
                } catch (ArchiveFormatException e) {
                    p.close();
                    throw e;
                }
                first = false;
                long start = base;
                String broken;
                try {
                    if (elements(p, in, base)) {
                        checkTrailer(p, in);
                    }
                    p.close();
                    out.progress(in.position());
                    return;
                } catch (JsonEOFException e) {
                    // inside an element's object, or in a token of its own (a cut scalar) before the next element
                    long cut = inElement ? index : index + 1;
                    out.reject(cut, inElement ? in.recordStart() : in.position(),
                            "the file ends inside record " + cut + " (truncated?)");
                    return;
                } catch (StreamConstraintsException e) {
                    broken = "record " + index + " nests deeper than " + MAX_DEPTH + " levels";
                } catch (JsonProcessingException e) {
                    broken = "invalid JSON at byte " + (base + offset(e.getLocation())) + ": " + e.getOriginalMessage();
                    errorOffset = base + offset(e.getLocation());
                }
                // garbage between elements is reported under the number of the element after it, at its own
                // offset: the element before it has been handed over already
                long brokenIndex = inElement ? index : index + 1;
                start = inElement ? in.recordStart() : errorOffset;
                Resumption r = resume(p, in);
                p.close();
                if (r == null) {
                    out.reject(brokenIndex, start, broken + "; nothing after it could be read");
                    out.progress(lastPosition);
                    return;
                }
                out.reject(brokenIndex, start, broken + "; reading resumed at byte " + (r.base() + 1));
                in = r.in();
                base = r.base();
            }
        }

        /** Reads the opening '['; the first time, a missing one means the file is not of the format. */
        private void start(JsonParser p, long base, boolean first) throws IOException {
            String expected = file + ": expected '[' after 'window." + wrapper.globalName() + " =' at byte ";
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new ArchiveFormatException(expected + (base + offset(p.currentTokenLocation())));
                }
            } catch (JsonProcessingException e) {
                if (!first) {
                    throw new IllegalStateException("a resumption starts with '[' by construction", e);
                }
                throw new ArchiveFormatException(expected + (base + offset(e.getLocation())) + ": "
                        + e.getOriginalMessage());
            }
        }

        /** @return true at the closing ']', false at a premature end of the file (reported) */
        private boolean elements(JsonParser p, RecordingInputStream in, long base) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    out.reject(index + 1, in.position(), "the file ends before the closing ']' (truncated?)");
                    return false;
                }
                index++;
                long start = base + offset(p.currentTokenLocation());
                if (indent < 0 && index == 1) {
                    indent = lineIndent(in, start);
                }
                in.startRecord(start);
                lastPosition = in.position();
                inElement = true;
                p.skipChildren();
                inElement = false;
                if (t != JsonToken.START_OBJECT) {
                    out.reject(index, start, "element " + index + " is not a JSON object");
                } else if (in.recordTooLarge()) {
                    out.reject(index, start, "record larger than " + (MAX_RECORD_BYTES >> 20) + " MB");
                } else {
                    long end = base + offset(p.currentTokenLocation()) + 1;
                    out.element(index, start, in.buffer(), in.indexOf(start), (int) (end - start));
                }
                if (index % CHECK_EVERY == 0) {
                    out.progress(in.position());
                }
            }
            return true;
        }

        /** How far the element at {@code start} is indented, if only whitespace precedes it on its line. */
        private static int lineIndent(RecordingInputStream in, long start) {
            byte[] b = in.buffer();
            int i = in.indexOf(start) - 1;
            int spaces = 0;
            for (; i >= 0 && (b[i] == ' ' || b[i] == '\t'); i--) {
                spaces++;
            }
            return i >= 0 && b[i] == '\n' ? spaces : -1;
        }

        /**
         * Skips to the next line that opens an element at the file's element indentation and is followed by a
         * key, and returns a stream that starts there (behind a '[' the parser needs), or null if none follows.
         */
        private Resumption resume(JsonParser p, RecordingInputStream in) throws IOException {
            if (indent < 0) {
                return null;
            }
            ByteArrayOutputStream released = new ByteArrayOutputStream();
            p.releaseBuffered(released);
            long at = in.position() - released.size() - 1;
            in.stopRecording();
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(released.toByteArray()), in);
            int state = 0; // 0: looking for a line end; 1: counting indentation; 2: after '{', before a key
            int spaces = 0;
            long brace = -1;
            ByteArrayOutputStream opened = new ByteArrayOutputStream();
            int c;
            while ((c = rest.read()) >= 0) {
                at++;
                if (state == 2) {
                    opened.write(c);
                    if (c == '"') {
                        byte[] head = opened.toByteArray();
                        byte[] restart = new byte[head.length + 1];
                        restart[0] = '[';
                        System.arraycopy(head, 0, restart, 1, head.length);
                        InputStream resumed = new SequenceInputStream(new ByteArrayInputStream(restart), rest);
                        return new Resumption(new RecordingInputStream(resumed, MAX_RECORD_BYTES, brace - 1), brace - 1);
                    }
                    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' || opened.size() > MAX_GAP) {
                        state = 0;
                    }
                } else if (c == '\n') {
                    state = 1;
                    spaces = 0;
                } else if (state == 1) {
                    if ((c == ' ' || c == '\t') && spaces < indent) {
                        spaces++;
                    } else if (c == '{' && spaces == indent) {
                        state = 2;
                        brace = at;
                        opened.reset();
                        opened.write(c);
                    } else {
                        state = 0;
                    }
                }
                lastPosition = at;
            }
            return null;
        }

        /** After the array only whitespace and the statement's optional ';' may follow. */
        private void checkTrailer(JsonParser p, RecordingInputStream in) throws IOException {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            p.releaseBuffered(rest);
            long at = in.position() - rest.size();
            rest.write(in.readNBytes(64));
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
    }

    /** Where reading goes on after a broken record: a stream starting with '[' at file offset {@code base}. */
    private record Resumption(RecordingInputStream in, long base) {
    }

    private static long offset(JsonLocation l) {
        return l == null ? 0 : Math.max(0, l.getByteOffset());
    }
}
