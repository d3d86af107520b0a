package io.rapport.importer.jsonl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, tracking each line's number and byte offset. Memory
 * stays bounded by the longest line (lines over {@code maxLineBytes} are reported as too long and skipped), so
 * files far larger than the heap stream through.
 */
final class ByteLineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[1 << 20];
    private int start;
    private int end;
    private boolean eof;
    private long lineNumber;
    private long bufferOffset;

    // the current line
    private int lineStart;
    private int lineLength;
    private long lineOffset;
    private boolean tooLong;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int scanned = 0; // bytes after start already known to hold no newline; survives compaction
        while (true) {
            for (int i = start + scanned; i < end; i++) {
                if (buf[i] == '\n') {
                    emit(i, i + 1);
                    return true;
                }
            }
            scanned = end - start;
            if (eof) {
                if (start < end) {
                    emit(end, end);
                    return true;
                }
                return false;
            }
            if (scanned >= maxLineBytes) {
                skipRestOfLine();
                return true;
            }
            if (!fill()) {
                eof = true;
            }
        }
    }

    private void emit(int lineEnd, int next) {
        lineNumber++;
        lineStart = start;
        int len = lineEnd - start;
        if (len > 0 && buf[lineEnd - 1] == '\r') {
            len--;
        }
        lineLength = len;
        lineOffset = bufferOffset + start;
        start = next;
    }

    /** Reads more bytes, compacting or growing the buffer; false at end of stream. */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, 1), Math.max(maxLineBytes + 1, buf.length)));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }

    /** Reports the current over-long line and drops its bytes up to the next newline. */
    private void skipRestOfLine() throws IOException {
        lineNumber++;
        lineOffset = bufferOffset + start;
        lineStart = start;
        lineLength = 0;
        tooLong = true;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            bufferOffset += end;
            start = 0;
            end = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return;
            }
            end = n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineLength() {
        return lineLength;
    }

    long lineNumber() {
        return lineNumber;
    }

    long lineOffset() {
        return lineOffset;
    }

    /** Bytes consumed so far (for progress). */
    long position() {
        return bufferOffset + start;
    }

    boolean isTooLong() {
        return tooLong;
    }
}
