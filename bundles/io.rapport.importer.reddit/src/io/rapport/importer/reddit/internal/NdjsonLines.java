package io.rapport.importer.reddit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines without decoding it, so every line can be kept byte for byte as its record's
 * original. Memory is bounded by the longest accepted line: a line over {@code maxLineBytes} is reported as
 * too long and its bytes are dropped, whatever its length.
 */
final class NdjsonLines {
    private static final int INITIAL_BUFFER = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[INITIAL_BUFFER];
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

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
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
            if (limit - pos > maxLineBytes) {
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
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLineBytes + 2));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private void dropOverlongLine() throws IOException {
        number++;
        offset = bufferStart + pos;
        start = pos;
        length = 0;
        tooLong = true;
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    return;
                }
            }
            bufferStart += limit;
            pos = 0;
            limit = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            limit = n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** 1-based. */
    long number() {
        return number;
    }

    /** Byte offset of the line in the (decompressed) stream. */
    long offset() {
        return offset;
    }

    /** Bytes of the stream consumed so far: where the next line starts. */
    long position() {
        return bufferStart + pos;
    }

    boolean isTooLong() {
        return tooLong;
    }
}
