package io.rapport.importer.mastodon.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the bytes the JSON parser reads so that a record's original text can be cut out byte for byte, using
 * the parser's byte offsets. The parser reads ahead (a few KB), so a record's start offset is only known after
 * its first bytes were read: outside a record the stream therefore keeps a trailing window larger than the
 * parser's buffer; inside a record it keeps everything from the record's start, up to a limit beyond which
 * the record is marked too large (and memory stays bounded).
 */
final class RecordingInputStream extends FilterInputStream {
    /** Larger than Jackson's read buffer (8000 bytes), so a just-seen token start is always still held. */
    private static final int WINDOW = 64 << 10;

    private final int maxRecordBytes;
    private byte[] buf = new byte[256 << 10];
    /** Absolute file offset of buf[0]. */
    private long bufOffset;
    private int len;
    private long recordStart = -1;
    private boolean recordTooLarge;

    RecordingInputStream(InputStream in, int maxRecordBytes) {
        super(in);
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Bytes read from the file so far. */
    long position() {
        return bufOffset + len;
    }

    /** Starts keeping every byte from {@code offset} (a position the parser has just reported). */
    void startRecord(long offset) {
        if (offset < bufOffset || offset > position()) {
            throw new IllegalStateException("record start " + offset + " is no longer buffered");
        }
        recordStart = offset;
        recordTooLarge = false;
    }

    boolean recordTooLarge() {
        return recordTooLarge;
    }

    /** The record's bytes from its start to {@code endOffset} (exclusive), decoded as UTF-8; null if too large. */
    String endRecord(long endOffset) {
        long start = recordStart;
        recordStart = -1;
        if (recordTooLarge || start < 0) {
            return null;
        }
        return new String(buf, (int) (start - bufOffset), (int) (endOffset - start), StandardCharsets.UTF_8);
    }

    /** Forgets the current record (e.g. when it is rejected while being read). */
    void abandonRecord() {
        recordStart = -1;
        recordTooLarge = false;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            keep(new byte[] { (byte) b }, 0, 1); // not on the parser's path: it reads in blocks
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
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        int r = read(scratch, 0, scratch.length);
        return Math.max(r, 0);
    }

    private void keep(byte[] b, int off, int n) {
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
        if (drop > buf.length / 2 || (drop > 0 && len == buf.length)) {
            System.arraycopy(buf, drop, buf, 0, len - drop);
            len -= drop;
            bufOffset += drop;
            if (buf.length > (4 << 20) && len < buf.length / 4) {
                buf = Arrays.copyOf(buf, Math.max(256 << 10, len * 2)); // give back what a large record took
            }
        }
    }
}
