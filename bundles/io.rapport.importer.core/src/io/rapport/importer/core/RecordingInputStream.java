package io.rapport.importer.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the bytes a parser reads through it so that a record's original text can be cut out byte for byte, by
 * the parser's byte offsets, after the parser has read (and read ahead of) it. A parser reads ahead in blocks,
 * so a record's start is only known after its first bytes went through: the stream therefore always keeps a
 * trailing window larger than any parser's read-ahead, and from a record's {@linkplain #startRecord start} on
 * everything up to {@code maxRecordBytes}. Beyond that the record is marked {@linkplain #recordTooLarge() too
 * large} and only the window is kept, so memory stays bounded whatever the input.
 */
public final class RecordingInputStream extends FilterInputStream {
    /** Larger than any parser's read-ahead (Jackson reads 8,000 bytes at a time). */
    private static final int WINDOW = 64 << 10;
    private static final int INITIAL_BUFFER = 256 << 10;

    private final int maxRecordBytes;
    private byte[] buf = new byte[INITIAL_BUFFER];
    /** Absolute offset of {@code buf[0]}. */
    private long bufOffset;
    private int len;
    /** Where the record being read starts, or -1 between records. */
    private long recordStart = -1;
    private boolean recordTooLarge;
    private boolean recording = true;

    public RecordingInputStream(InputStream in, int maxRecordBytes) {
        this(in, maxRecordBytes, 0);
    }

    /** @param startOffset the absolute offset of the first byte {@code in} delivers (e.g. in a resumed read) */
    public RecordingInputStream(InputStream in, int maxRecordBytes, long startOffset) {
        super(in);
        this.maxRecordBytes = maxRecordBytes;
        this.bufOffset = startOffset;
    }

    /** Bytes read so far, i.e. the absolute offset of the next byte. */
    public long position() {
        return bufOffset + len;
    }

    /**
     * Starts keeping every byte from {@code offset} on (a position the parser has just reported). A record whose
     * first bytes have already left the window cannot be cut out whole: it is marked too large.
     */
    public void startRecord(long offset) {
        if (offset > position()) {
            throw new IllegalStateException("record start " + offset + " has not been read yet");
        }
        recordStart = offset;
        recordTooLarge = offset < bufOffset;
    }

    /** The start of the record being read, as given to {@link #startRecord}; -1 between records. */
    public long recordStart() {
        return recordStart;
    }

    /** Whether the record being read grew past the limit, so that its bytes are incomplete. */
    public boolean recordTooLarge() {
        return recordTooLarge;
    }

    /**
     * The record's bytes from its start to {@code endOffset} (exclusive), decoded as UTF-8, and the end of the
     * record; null if it was too large.
     */
    public String endRecord(long endOffset) {
        long start = recordStart;
        recordStart = -1;
        if (recordTooLarge || start < 0) {
            return null;
        }
        return new String(buf, indexOf(start), (int) (endOffset - start), StandardCharsets.UTF_8);
    }

    /** Forgets the current record (e.g. when it is rejected while being read). */
    public void abandonRecord() {
        recordStart = -1;
        recordTooLarge = false;
    }

    /**
     * The buffer holding the kept bytes, to read a record in place at {@link #indexOf(long)}; valid until the
     * next read, and for the current record only while it is not {@linkplain #recordTooLarge() too large}.
     */
    public byte[] buffer() {
        return buf;
    }

    /** Where the byte at absolute {@code offset} is in {@link #buffer()}. */
    public int indexOf(long offset) {
        return (int) (offset - bufOffset);
    }

    /**
     * Bytes read from now on are only passed through (the caller skips them, e.g. to resume after a broken
     * record): nothing is kept and {@link #position()} stops.
     */
    public void stopRecording() {
        recording = false;
        bufOffset += len;
        buf = new byte[0];
        len = 0;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            keep(new byte[] { (byte) b }, 0, 1); // not on a parser's path: parsers read in blocks
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        int r = in.read(b, off, n);
        if (r > 0) {
            keep(b, off, r);
        }
        return r;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would be missing from the record: read them instead
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int r = read(scratch, 0, scratch.length);
        return Math.max(r, 0);
    }

    private void keep(byte[] b, int off, int n) {
        if (!recording) {
            return;
        }
        dropUnneeded();
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /** Discards bytes no record can still need: before the current record, or older than the window. */
    private void dropUnneeded() {
        long keepFrom;
        if (recordStart >= 0 && !recordTooLarge) {
            if (position() - recordStart > maxRecordBytes) {
                recordTooLarge = true; // the parser goes on (and skips the record); its bytes are not kept
                keepFrom = position() - WINDOW;
            } else {
                keepFrom = recordStart;
            }
        } else {
            keepFrom = position() - WINDOW;
        }
        int drop = (int) Math.min(len, Math.max(0, keepFrom - bufOffset));
        // compacting only when much can go keeps the copying amortised over many reads
        if (drop > buf.length / 2 || (drop > 0 && len == buf.length)) {
            System.arraycopy(buf, drop, buf, 0, len - drop);
            len -= drop;
            bufOffset += drop;
            if (buf.length > (4 << 20) && len < buf.length / 4) {
                buf = Arrays.copyOf(buf, Math.max(INITIAL_BUFFER, len * 2)); // give back what a large record took
            }
        }
    }
}
