package io.rapport.importer.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Counts the bytes a decompressing stream delivers and stops it with a {@link ContainerLimitException} when it
 * grows past a size or past {@link ContainerLimits#maxRatio()} times the compressed bytes it was made from: what
 * a bomb declares about itself is never trusted, what it inflates to is. A refusal is also handed to a listener,
 * so that it is not lost when a reader takes the exception for a bad record.
 */
public final class InflationGuard extends FilterInputStream {
    private final String subject;
    private final LongSupplier compressed;
    private final long maxBytes;
    private final String maxBytesReason;
    private final ContainerLimits limits;
    private final Consumer<ContainerLimitException> refusals;
    private final String bomb;
    private long inflated;
    private ContainerLimitException refused;

    /**
     * @param subject        what inflates, as the message starts, e.g. {@code /x/a.zip: refused: entry 'a.json'}
     * @param compressed     the compressed bytes consumed so far (or the entry's compressed size)
     * @param maxBytes       the most it may inflate to ...
     * @param maxBytesReason ... and why, as the message says it: "the limit per entry; a zip bomb?"
     * @param bomb           what it would be, for the message: "a zip bomb", "a decompression bomb"
     * @param refusals       told of every refusal; may be null
     */
    public InflationGuard(InputStream in, String subject, LongSupplier compressed, long maxBytes,
            String maxBytesReason, ContainerLimits limits, String bomb, Consumer<ContainerLimitException> refusals) {
        super(in);
        this.subject = subject;
        this.compressed = compressed;
        this.maxBytes = maxBytes;
        this.maxBytesReason = maxBytesReason;
        this.limits = limits;
        this.bomb = bomb;
        this.refusals = refusals;
    }

    /** Bytes delivered so far. */
    public long inflated() {
        return inflated;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (refused != null) {
            throw refused;
        }
        int n = in.read(b, off, len);
        if (n > 0) {
            inflated += n;
            check();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes are inflated too: read them, so that they count
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int r = read(scratch, 0, scratch.length);
        return Math.max(r, 0);
    }

    private void check() throws ContainerLimitException {
        if (inflated > maxBytes) {
            refuse(subject + " inflates to more than " + ContainerLimits.bytes(maxBytes) + " (" + maxBytesReason + ")");
        }
        if (inflated > limits.ratioGraceBytes()) {
            long c = Math.max(1, compressed.getAsLong());
            if (inflated / c > limits.maxRatio()) {
                refuse(subject + " inflates more than " + limits.maxRatio() + " times its compressed size (the limit"
                        + " past " + ContainerLimits.bytes(limits.ratioGraceBytes()) + "; " + bomb + "?)");
            }
        }
    }

    private void refuse(String message) throws ContainerLimitException {
        refused = new ContainerLimitException(message);
        if (refusals != null) {
            refusals.accept(refused);
        }
        throw refused;
    }
}
