package io.rapport.importer.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines without decoding it, so that every line can be kept byte for byte as its
 * record's original, and tells each line's number and byte offset for the import log. Memory is bounded by the
 * longest accepted line: a line over {@code maxLineBytes} (not counting a {@code \r} before its {@code \n}) is
 * reported as {@linkplain #isTooLong() too long} and its bytes are dropped, whatever its length; files far
 * larger than the heap stream through.
 */
public final class ByteLineReader {
    private static final int INITIAL_BUFFER = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    /** Stream offset of {@code buf[0]}. */
    private long bufferStart;
    private boolean eof;

    private long number;
    private int start;
    private int length;
    private long offset;
    private boolean tooLong;

    public ByteLineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        // room for the longest line, its '\r' and one more byte that proves a line too long
        this.buf = new byte[(int) Math.min(INITIAL_BUFFER, maxLineBytes + 2L)];
    }

    /** Moves to the next line; false at the end of the stream. A last line without a line end counts. */
    public boolean next() throws IOException {
        tooLong = false;
        int searched = pos;
        while (true) {
            for (int i = searched; i < limit; i++) {
                if (buf[i] == '\n') {
                    take(i, i + 1);
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    take(limit, limit);
                    return true;
                }
                return false;
            }
            if (limit - pos > maxLineBytes + 1) {
                dropOverlongLine();
                return true;
            }
            int kept = limit - pos;
            refill();
            searched = pos + kept;
        }
    }

    private void take(int end, int after) {
        number++;
        start = pos;
        length = end - pos;
        if (length > 0 && buf[end - 1] == '\r') {
            length--;
        }
        offset = bufferStart + pos;
        pos = after;
        if (length > maxLineBytes) {
            tooLong = true;
            length = 0;
        }
    }

    /** Keeps the unfinished line at the start of the buffer (growing it if needed) and reads more. */
    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferStart += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxLineBytes + 2L));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** Reports the current line as too long and drops its bytes up to and including the next line end. */
    private void dropOverlongLine() throws IOException {
        number++;
        offset = bufferStart + pos;
        start = pos;
        length = 0;
        tooLong = true;
        bufferStart += limit; // the buffered part holds no line end: it was searched
        pos = 0;
        limit = 0;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    limit = n;
                    return;
                }
            }
            bufferStart += n;
        }
    }

    /** The buffer holding the current line at {@link #start()}; valid until the next call of {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    /** Where the current line starts in {@link #buffer()}. */
    public int start() {
        return start;
    }

    /** The current line's length in bytes, without its line end; 0 when it is too long. */
    public int length() {
        return length;
    }

    /** The current line's number, 1-based. */
    public long number() {
        return number;
    }

    /** The byte offset of the current line in the stream. */
    public long offset() {
        return offset;
    }

    /** Bytes of the stream consumed so far: where the next line starts (for progress). */
    public long position() {
        return bufferStart + pos;
    }

    /** Whether the current line is longer than the limit; its bytes are not available. */
    public boolean isTooLong() {
        return tooLong;
    }
}
