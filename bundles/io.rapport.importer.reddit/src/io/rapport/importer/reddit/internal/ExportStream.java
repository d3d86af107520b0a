package io.rapport.importer.reddit.internal;

import com.github.luben.zstd.ZstdInputStream;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ContainerLimits;
import io.rapport.importer.core.CountingInputStream;
import io.rapport.importer.core.InflationGuard;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * An export file opened for reading: plain, or zstd-compressed as the Pushshift dumps are (recognised by the
 * zstd magic number, not by the name), held to the shared decompression ratio limit. Knows how many file bytes
 * have been consumed, for progress.
 */
final class ExportStream implements AutoCloseable {
    private static final int ZSTD_MAGIC = 0xFD2FB528;
    /**
     * Pushshift dumps are compressed with {@code zstd --long=31}: a 2 GB window. The window lives in native
     * memory (not the Java heap) and is only touched as far as the data needs it.
     */
    private static final int PUSHSHIFT_WINDOW_LOG = 31;

    private final CountingInputStream file;
    private final InputStream content;
    private final boolean compressed;

    private ExportStream(CountingInputStream file, InputStream content, boolean compressed) {
        this.file = file;
        this.content = content;
        this.compressed = compressed;
    }

    static ExportStream open(ImportInput input) throws IOException {
        CountingInputStream file = new CountingInputStream(input.open());
        BufferedInputStream buffered = new BufferedInputStream(file, 1 << 16);
        try {
            buffered.mark(4);
            byte[] head = buffered.readNBytes(4);
            buffered.reset();
            boolean zstd = head.length == 4 && littleEndianInt(head) == ZSTD_MAGIC;
            if (!zstd && input.fileName().toLowerCase(Locale.ROOT).endsWith(".zst")) {
                throw new IOException("not a zstd-compressed file: it is named .zst but does not start with the"
                        + " zstd magic number (28 b5 2f fd)");
            }
            if (!zstd) {
                return new ExportStream(file, buffered, false);
            }
            ZstdInputStream decoder = new ZstdInputStream(buffered);
            decoder.setLongMax(PUSHSHIFT_WINDOW_LOG);
            // a bomb is refused, not taken for corrupt data: the guard sits above the decoding errors
            InflationGuard guard = new InflationGuard(new DecodingErrors(decoder, file),
                    input.displayName() + ": refused: its content", file::count, Long.MAX_VALUE, "",
                    ContainerLimits.DEFAULT, "a decompression bomb", null);
            // buffered again so the shape of the decompressed content can be peeked at
            return new ExportStream(file, new BufferedInputStream(guard, 1 << 16), true);
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    private static int littleEndianInt(byte[] b) {
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    /** The (decompressed) content; supports mark/reset. */
    InputStream content() {
        return content;
    }

    /** Bytes of the file read so far (compressed bytes for a .zst). */
    long fileBytesRead() {
        return file.count();
    }

    boolean isCompressed() {
        return compressed;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /** Turns the decoder's errors into {@link CorruptCompressedDataException}s that say where in the file. */
    private static final class DecodingErrors extends FilterInputStream {
        private final CountingInputStream file;

        DecodingErrors(InputStream decoder, CountingInputStream file) {
            super(decoder);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw corrupt(e);
            }
        }

        private CorruptCompressedDataException corrupt(Exception e) {
            return new CorruptCompressedDataException("corrupt or truncated zstd data (near compressed byte "
                    + file.count() + "): " + e.getMessage(), e);
        }
    }
}
