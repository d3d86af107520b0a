package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage (flipped, deleted, repeated and inserted bytes, truncation) to every kind of fixture: the
 * importer must only ever answer with rejections that have a position and a reason, or with one I/O error that
 * has a message, and must never end silently with nothing. Any other exception fails the test.
 */
class MutationFuzzTest {
    private static final long SEED = 20261126L;
    private static final int ROUNDS = 400;
    private static final byte[] TOKENS = "{}[]\":,\\0-.eE\u00ff \n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void damagedFilesGiveOnlyCleanRejectionsOrErrors(@TempDir Path tmp) throws Exception {
        List<Path> seeds = List.of(Fixtures.file("pushshift/RC_2024-03_nimbalo.ndjson"),
                Fixtures.file("pushshift/RS_2024-03_nimbalo.ndjson"), Fixtures.file("pushshift/RC_2024-03_nimbalo.zst"),
                Fixtures.file("public/goreddit_post_with_comments.json"),
                Fixtures.file("public/goreddit_subreddit_posts_listing.json"));
        Random random = new Random(SEED);
        RedditImporter importer = new RedditImporter();
        int errors = 0;
        int limitHits = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path seed = seeds.get(round % seeds.size());
            byte[] damaged = mutate(Files.readAllBytes(seed), random);
            Path file = Files.write(tmp.resolve(round + "-" + seed.getFileName()), damaged);
            RecordingSink sink = new RecordingSink();
            String where = "round " + round + " (" + file.getFileName() + ", seed " + SEED + ")";
            try {
                importer.read(ImportInput.of(file), sink, new NullProgressMonitor());
            } catch (IOException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), where + ": an error without a message");
                errors++;
                continue;
            } catch (RuntimeException e) {
                fail(where + ": " + e, e);
            }
            assertFalse(sink.accepted.isEmpty() && sink.rejected.isEmpty(), where + ": nothing read and nothing said");
            for (RecordError r : sink.rejected) {
                assertTrue(r.line() >= 1 && r.offset() >= 0 && !r.reason().isBlank(), where + ": " + r);
                limitHits += r.reason().startsWith("input exceeds a safety limit") ? 1 : 0;
            }
            for (RecordingSink.Accepted a : sink.accepted) {
                assertTrue(a.interaction().sourceId().matches("t[13]_.+") && !a.raw().isEmpty(), where + ": " + a);
            }
            Files.delete(file);
        }
        assertTrue(errors < ROUNDS / 2, "most damaged files are still read record by record: " + errors);
        assertTrue(limitHits > 0, "the nesting mutations must reach the parser's safety limits");
    }

    private static byte[] mutate(byte[] in, Random random) {
        byte[] b = in;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = TOKENS[random.nextInt(TOKENS.length)];
                case 2 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, Math.min(b.length, at + 1 + random.nextInt(40)), b.length));
                case 3 -> b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at / 2, b.length));
                case 4 -> b = concat(concat(Arrays.copyOf(b, at), nesting(random)), Arrays.copyOfRange(b, at, b.length));
                default -> b = Arrays.copyOf(b, at);
            }
        }
        return b;
    }

    /** Deeper than the parser's limit, to reach the safety-limit paths. */
    private static byte[] nesting(Random random) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        return open.repeat(JsonFactories.MAX_NESTING + 1 + random.nextInt(50)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }
}
