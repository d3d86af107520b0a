package io.rapport.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rapport.core.store.RecordError;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an importer of a UTF-8 format must do with a damaged file: every accepted record's original text is the
 * file's own bytes at the offset it names, every rejection has a reason, a record number and an offset inside
 * the file, and a truncated file is never taken for a complete one.
 */
public final class DamagedFileCheck {
    private DamagedFileCheck() {
    }

    /** @param what names the seed, round and mutation, so that a failure can be replayed */
    public static void assertClean(String what, byte[] original, byte[] damaged, ByteMutation mutation,
            CapturingSink s) {
        for (CapturingSink.Accepted a : s.accepted) {
            byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
            if (a.offset() < 0 || a.offset() + raw.length > damaged.length) {
                fail(what + ": raw record outside the file at " + a.offset());
            }
            assertArrayEquals(Arrays.copyOfRange(damaged, (int) a.offset(), (int) a.offset() + raw.length), raw,
                    what + ": raw record differs from the file's bytes");
        }
        for (RecordError e : s.rejected) {
            assertFalse(e.reason() == null || e.reason().isBlank(), what);
            assertTrue(e.offset() >= -1 && e.offset() <= damaged.length, what + ": offset " + e.offset());
            assertTrue(e.line() >= 1, what + ": record " + e.line());
        }
        if (mutation == ByteMutation.TRUNCATE && !new String(damaged, StandardCharsets.UTF_8).isBlank()
                && !new String(original, damaged.length, original.length - damaged.length, StandardCharsets.UTF_8)
                        .isBlank()) {
            assertFalse(s.rejected.isEmpty(), what + ": a truncated file was imported as if complete ("
                    + s.accepted.size() + " records)");
        }
    }
}
