package io.rapport.testsupport;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an importer answered to a damaged file, and the checks every damage property makes of it: only
 * rejections that have a record number, an offset inside the file and a reason, or one I/O error with a message;
 * never another exception; accepted records' originals are the file's own bytes at the offsets named.
 */
public final class DamageAnswer {
    public final CapturingSink sink = new CapturingSink();
    /** The I/O error the importer ended with, if it did. */
    public IOException error;

    private DamageAnswer() {
    }

    /** Reads the input; any exception but an {@link IOException} (or an error such as a stack overflow) fails. */
    public static DamageAnswer read(ChannelImporter importer, ImportInput input) {
        return read(importer, input, java.util.Map.of());
    }

    /** Reads the input with import options (a CSV file's mapping), as {@link #read(ChannelImporter, ImportInput)}. */
    public static DamageAnswer read(ChannelImporter importer, ImportInput input,
            java.util.Map<String, String> options) {
        DamageAnswer answer = new DamageAnswer();
        try {
            importer.read(input, answer.sink, options, new NullProgressMonitor());
        } catch (IOException e) {
            answer.error = e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("the importer failed with " + e + " instead of rejecting", e);
        }
        return answer;
    }

    /** Rejections with a record number, an offset inside the file and a reason; an error with a message. */
    public DamageAnswer assertClean(byte[] damaged) {
        return assertClean(damaged.length);
    }

    /**
     * As {@link #assertClean(byte[])} for a container (a zip) whose records' offsets are inside its entries:
     * {@code maxOffset} bounds them ({@link Long#MAX_VALUE} when the entries' sizes are not known).
     */
    public DamageAnswer assertClean(long maxOffset) {
        for (RecordError e : sink.rejected) {
            check(e.reason() != null && !e.reason().isBlank(), "a rejection without a reason: " + e);
            check(e.line() >= 1, "a rejection without a record number: " + e);
            check(e.offset() >= 0 && e.offset() <= maxOffset,
                    "a rejection's offset outside the file (" + maxOffset + " bytes): " + e);
        }
        if (error != null) {
            check(error.getMessage() != null && !error.getMessage().isBlank(), "an I/O error without a message: "
                    + error);
        }
        return this;
    }

    /**
     * Reads {@code damaged}, a damaged copy of {@code original} (a format read as one document, not line by line),
     * and makes the checks every such damage property makes: the answer is clean, every original kept is the
     * file's own bytes, and a file cut short is never taken as complete.
     */
    public static DamageAnswer readDamagedDocument(ChannelImporter importer, ImportInput input, byte[] original,
            byte[] damaged) {
        DamageAnswer answer = read(importer, input).assertClean(damaged).assertOriginalsAreTheFilesBytes(damaged);
        if (ByteDamage.cutShort(original, damaged)) {
            answer.check(answer.complained(), "a file cut short was taken as complete");
        }
        return answer;
    }

    /** For UTF-8 formats that keep each record's text: every accepted original is the file's bytes at its offset. */
    public DamageAnswer assertOriginalsAreTheFilesBytes(byte[] damaged) {
        for (CapturingSink.Accepted a : sink.accepted) {
            byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
            check(a.offset() >= 0 && a.offset() + raw.length <= damaged.length,
                    "record " + a.record() + ": original outside the file at " + a.offset());
            check(Arrays.equals(Arrays.copyOfRange(damaged, (int) a.offset(), (int) a.offset() + raw.length), raw),
                    "record " + a.record() + ": original differs from the file's bytes at " + a.offset());
        }
        return this;
    }

    /** Something was said: a record, a rejection or an error (a damaged file never ends in silence). */
    public boolean saidSomething() {
        return error != null || !sink.accepted.isEmpty() || !sink.rejected.isEmpty();
    }

    /** Whether the importer said the file (or part of it) was bad. */
    public boolean complained() {
        return error != null || !sink.rejected.isEmpty();
    }

    @Override
    public String toString() {
        return sink.accepted.size() + " accepted " + sink.sourceIds() + ", rejected " + sink.rejections()
                + (error == null ? "" : ", error " + error.getMessage());
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message + " (answer: " + this + ")");
        }
    }
}
