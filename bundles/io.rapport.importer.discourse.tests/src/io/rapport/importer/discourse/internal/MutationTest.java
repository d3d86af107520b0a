package io.rapport.importer.discourse.internal;

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
 * offsets it names, rejections with a reason and an offset inside the file, and a truncated file must never
 * look complete. A failure names the seed, round and mutation to replay.
 */
class MutationTest {
    private static final long SEED = 20_261_126L;
    private static final int ROUNDS = 400;
    private static final List<String> BASES = List.of("own/topic-4711.json", "own/topic-4711-posts.json",
            "public/discourse_api_topic.json");
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
                s = CapturingSink.read(new DiscourseImporter(), f);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
            DamagedFileCheck.assertClean(what, original, damaged, ByteMutation.values()[kind], s);
        }
    }
}
