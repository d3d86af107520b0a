package io.rapport.importer.mastodon.internal;

import io.rapport.testsupport.CapturingSink;

import io.rapport.testsupport.DamagedFileCheck;

import io.rapport.testsupport.ByteMutation;



import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to real-shaped files (truncation, flipped bytes, inserted JSON punctuation, removed or
 * repeated ranges): the importer must always end cleanly, with raw records that are the file's own bytes at the
 * offsets it names, rejections that carry a reason and an offset inside the file, and a truncated file must
 * never look complete. A failure prints the seed and mutation to replay.
 */
class MutationTest {
    private static final long SEED = 20_261_126L;
    private static final int ROUNDS = 400;
    private static final List<String> BASES = List.of("own/outbox.json", "own/statuses-home.json",
            "own/context-invoice.json", "own/notifications-march.json");
    private static final byte[] PUNCTUATION = "{}[],:\"\\ 0an\u00e9".getBytes(StandardCharsets.UTF_8);

    @Test
    void damagedFilesEndInCleanRejectionsNeverInExceptions(@TempDir Path tmp) throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String base = BASES.get(random.nextInt(BASES.size()));
            byte[] original = Files.readAllBytes(Fixtures.file(base));
            int kind = random.nextInt(5);
            byte[] damaged = ByteMutation.values()[kind].apply(original, random, PUNCTUATION);
            Path f = Files.write(tmp.resolve("round" + round + "." + Path.of(base).getFileName()), damaged);
            String what = "round " + round + " (seed " + SEED + "), " + base + ", mutation " + kind;
            CapturingSink s;
            try {
                s = CapturingSink.read(new MastodonImporter(), f);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
            DamagedFileCheck.assertClean(what, original, damaged, ByteMutation.values()[kind], s);
        }
    }
}
