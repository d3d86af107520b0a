package io.rapport.importer.jsonl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.testsupport.ByteMutation;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamagedFileCheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded random damage to an interchange file (truncation, flipped bytes, inserted JSON punctuation, removed or
 * repeated ranges): the importer must always end cleanly, with raw records that are the file's own bytes at the
 * offsets it names and rejections with a reason and an offset inside the file. A file cut inside a line must not
 * look complete; one cut exactly after a line break is a shorter, valid file (JSON Lines cannot tell). A failure
 * names the seed, round and mutation to replay.
 */
class MutationTest {
    private static final long SEED = 20_261_126L;
    private static final int ROUNDS = 400;
    private static final int RECORDS = 8;
    private static final byte[] PUNCTUATION = "{}[],:\"\\ 0an\u00e9\n".getBytes(StandardCharsets.UTF_8);

    private static Path fixture() {
        String repo = System.getProperty("rapport.repo");
        assertTrue(repo != null && !repo.isBlank(), "system property rapport.repo (the repository root) is not set");
        Path f = Path.of(repo, "bundles", "io.rapport.importer.jsonl.tests", "fixtures", "interchange.rapport.jsonl");
        assertTrue(Files.isRegularFile(f), f + " is missing");
        return f;
    }

    @Test
    void theUndamagedFileImportsEveryRecord() throws Exception {
        CapturingSink s = CapturingSink.read(new InterchangeImporter(), fixture());
        assertEquals(RECORDS, s.accepted.size(), "rejected: " + s.rejected);
        assertEquals(0, s.rejected.size());
    }

    @Test
    void damagedFilesEndInCleanRejectionsNeverInExceptions(@TempDir Path tmp) throws Exception {
        byte[] original = Files.readAllBytes(fixture());
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            ByteMutation mutation = ByteMutation.values()[random.nextInt(ByteMutation.values().length)];
            byte[] damaged = mutation.apply(original, random, PUNCTUATION);
            Path f = Files.write(tmp.resolve("round" + round + ".rapport.jsonl"), damaged);
            String what = "round " + round + " (seed " + SEED + "), mutation " + mutation;
            CapturingSink s;
            try {
                s = CapturingSink.read(new InterchangeImporter(), f);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
            boolean cutAtLineEnd = mutation == ByteMutation.TRUNCATE && damaged.length > 0
                    && damaged[damaged.length - 1] == '\n';
            DamagedFileCheck.assertClean(what, original, damaged, cutAtLineEnd ? null : mutation, s);
            assertTrue(s.accepted.size() + s.rejected.size() <= RECORDS + 3, what + ": records out of nothing");
        }
    }
}
