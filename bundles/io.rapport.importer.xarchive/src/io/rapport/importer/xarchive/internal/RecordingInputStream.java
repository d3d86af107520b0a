package io.rapport.importer.xarchive.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps the bytes read through it from a chosen offset on, so that a record's original text can be cut out of
 * the stream byte for byte after a parser has read (and read ahead of) it. Memory is bounded: once more than
 * {@code maxKept} bytes would be kept, the current record is marked {@link #overflowed()} and only a window of
 * recent bytes is retained, enough for the next record's start that the parser has already read ahead.
 */
final class RecordingInputStream extends FilterInputStream {
    /** Larger than any parser's read-ahead (Jackson reads 8,000 bytes at a time). */
    private static final int WINDOW = 1 << 16;

    private final int maxKept;
    private byte[] buf = new byte[1 << 16];
    private int length;
    /** Absolute offset of {@code buf[0]}. */
    private long bufStart;
    private boolean overflowed;
    private boolean recording = true;
    private long recordStart;

    RecordingInputStream(InputStream in, int maxKept) {
        this(in, maxKept, 0);
    }

    /** @param startOffset the absolute offset of the first byte {@code in} delivers */
    RecordingInputStream(InputStream in, int maxKept, long startOffset) {
        super(in);
        this.maxKept = maxKept;
        this.bufStart = startOffset;
        this.recordStart = startOffset;
    }

    /** Bytes read from now on are passed through only (they are being skipped): {@link #position()} stops. */
    void stopRecording() {
        recording = false;
        bufStart += length;
        buf = new byte[0];
        length = 0;
    }

    /** Bytes read so far, i.e. the absolute offset of the next byte. */
    long position() {
        return bufStart + length;
    }

    /** The offset given to the last {@link #keepFrom}: where the record being read starts. */
    long recordStart() {
        return recordStart;
    }

    /** Forgets bytes before {@code offset}; the record starting there is recorded from now on. */
    void keepFrom(long offset) {
        recordStart = offset;
        int drop = (int) Math.min(length, Math.max(0, offset - bufStart));
        System.arraycopy(buf, drop, buf, 0, length - drop);
        length -= drop;
        bufStart += drop;
        overflowed = offset < bufStart; // its first bytes were already dropped: it cannot be cut out whole
    }

    /** Whether the record since {@link #keepFrom} grew past the limit, so that its bytes are incomplete. */
    boolean overflowed() {
        return overflowed;
    }

    /** The recorded bytes {@code [from, to)}; only valid when not {@link #overflowed()}. */
    byte[] buffer() {
        return buf;
    }

    int indexOf(long offset) {
        return (int) (offset - bufStart);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            append(new byte[] { (byte) b }, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            append(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would be missing from the record: read them instead
        byte[] tmp = new byte[(int) Math.min(n, 8192)];
        int r = read(tmp, 0, tmp.length);
        return Math.max(r, 0);
    }

    private void append(byte[] b, int off, int n) {
        if (!recording) {
            return;
        }
        if (length + n > maxKept) {
            overflowed = true;
            int keep = Math.min(length, WINDOW);
            System.arraycopy(buf, length - keep, buf, 0, keep);
            bufStart += length - keep;
            length = keep;
        }
        if (length + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(length + n, Math.min(buf.length * 2, maxKept + WINDOW)));
        }
        System.arraycopy(b, off, buf, length, n);
        length += n;
    }
}
