package io.rapport.importer.core.internal;

import com.github.luben.zstd.Zstd;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ContainerLimitException;
import io.rapport.importer.core.ContainerLimits;
import io.rapport.importer.core.CountingInputStream;
import io.rapport.importer.core.InflationGuard;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The content of a gzip- or zstd-compressed file or entry, decompressed while it is read and held to the ratio
 * limit (the sizes a header declares are never trusted). It is named as the compressed file is; its file name
 * drops the suffix, so that {@code comments.jsonl.gz} is recognised as {@code comments.jsonl}.
 */
final class DecompressedInput implements ImportInput {
    /** Without a size in the file, progress assumes text compressed about this well. */
    private static final int ASSUMED_RATIO = 5;

    private final ImportInput compressed;
    private final Container container;
    private final ContainerLimits limits;
    private final Consumer<ContainerLimitException> refusals;
    private long size = -1;

    DecompressedInput(ImportInput compressed, Container container, ContainerLimits limits,
            Consumer<ContainerLimitException> refusals) {
        this.compressed = compressed;
        this.container = container;
        this.limits = limits;
        this.refusals = refusals;
    }

    /** The compressed file or entry, as it is. */
    ImportInput compressed() {
        return compressed;
    }

    Container container() {
        return container;
    }

    @Override
    public String displayName() {
        return compressed.displayName();
    }

    @Override
    public String fileName() {
        return container.strip(compressed.fileName());
    }

    @Override
    public synchronized long size() {
        if (size < 0) {
            size = estimateSize();
        }
        return size;
    }

    @Override
    public InputStream open() throws IOException {
        CountingInputStream counted = new CountingInputStream(compressed.open());
        InputStream decoder;
        try {
            decoder = container.decompress(counted);
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw new IOException(displayName() + ": not readable as " + container.label + " data: " + e.getMessage(), e);
        }
        return new InflationGuard(new DecodingErrors(decoder, counted), displayName() + ": refused: its content",
                counted::count, Long.MAX_VALUE, "", limits, "a decompression bomb", refusals);
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    /** The files beside the compressed file. */
    @Override
    public List<ImportInput> siblings() throws IOException {
        return compressed.siblings();
    }

    @Override
    public String toString() {
        return displayName() + " (decompressed)";
    }

    private long estimateSize() {
        long packed = compressed.size();
        if (container == Container.GZIP && compressed.file().isPresent() && packed >= 18) {
            // the gzip trailer holds the size modulo 4 GiB: good for progress when it is plausible
            try (FileChannel ch = FileChannel.open(compressed.file().get(), StandardOpenOption.READ)) {
                ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                ch.read(b, ch.size() - 4);
                long isize = Integer.toUnsignedLong(b.getInt(0));
                if (isize >= packed) {
                    return isize;
                }
            } catch (IOException e) {
                // progress only: fall back to the assumption
            }
        }
        if (container == Container.ZSTD) {
            try (InputStream in = compressed.open()) {
                byte[] header = in.readNBytes(18);
                long content = Zstd.getFrameContentSize(header);
                if (content > 0) {
                    return content;
                }
            } catch (IOException | RuntimeException e) {
                // progress only: fall back to the assumption
            }
        }
        return packed * ASSUMED_RATIO;
    }

    /** Says which compressed byte a decoding error is near: the content is damaged, not unreadable. */
    private final class DecodingErrors extends FilterInputStream {
        private final CountingInputStream counted;

        DecodingErrors(InputStream decoder, CountingInputStream counted) {
            super(decoder);
            this.counted = counted;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException { // the guard above reads only in blocks
            try {
                return super.read(b, off, len);
            } catch (ContainerLimitException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new IOException("corrupt or truncated " + container.label + " data (near compressed byte "
                        + counted.count() + "): " + e.getMessage(), e);
            }
        }
    }
}
