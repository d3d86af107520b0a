package io.rapport.importer.zendesk.internal;

import io.rapport.testsupport.ByteMutation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rapport.core.store.RecordError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to real-shaped files (truncation, flipped bytes, inserted JSON punctuation, removed or
 * repeated ranges): the importer must always end cleanly, with raw records that are the file's own bytes at the
 * offsets it names, rejections with a reason and an offset inside the file, and a truncated file must never
 * look complete. A failure names the seed, round and mutation to replay.
 */
class MutationTest {
    private static final long SEED = 20_261_126L;
    private static final int ROUNDS = 400;
    private static final List<String> BASES = List.of("own/tickets-acme-incremental.json",
            "own/ticket_audits-1001.json", "own/ticket_comments-1002.json", "public/gozendesk_tickets.json");
    private static final byte[] PUNCTUATION = "{}[],:\"\\ 0an\u00e9".getBytes(StandardCharsets.UTF_8);

    @Test
    void damagedFilesEndInCleanRejectionsNeverInExceptions(@TempDir Path tmp) throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String base = BASES.get(random.nextInt(BASES.size()));
            byte[] original = Files.readAllBytes(Fixtures.file(base));
            int kind = random.nextInt(5);
            byte[] damaged = ByteMutation.values()[kind].apply(original, random, PUNCTUATION);
            Path dir = Files.createDirectory(tmp.resolve("round" + round));
            Path f = Files.write(dir.resolve(Path.of(base).getFileName()), damaged);
            String what = "round " + round + " (seed " + SEED + "), " + base + ", mutation " + kind;
            CapturingSink s;
            try {
                s = CapturingSink.read(f);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
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
            if (kind == 0 && !new String(damaged, StandardCharsets.UTF_8).isBlank()
                    && !new String(original, damaged.length, original.length - damaged.length,
                            StandardCharsets.UTF_8).isBlank()) {
                assertFalse(s.rejected.isEmpty(), what + ": a truncated file was imported as if complete ("
                        + s.accepted.size() + " records)");
            }
        }
    }
}
