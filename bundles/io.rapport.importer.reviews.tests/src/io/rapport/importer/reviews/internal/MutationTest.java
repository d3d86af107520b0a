package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.CapturingSink;

import io.rapport.testsupport.ByteMutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.store.RecordError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random damage to the own fixtures of all three formats (truncation, flipped bytes, inserted
 * punctuation, removed or repeated ranges): every import must end cleanly, with raw records that are the file's
 * own text at the offsets named (for Play: the row after the header line), rejections with a reason and an
 * offset inside the file, and a truncated file must never look complete. A failure prints seed and mutation.
 */
class MutationTest {
    private static final long SEED = 20_261_126L;
    private static final int ROUNDS = 450;

    private record Base(String fixture, Supplier<ChannelImporter> importer) {
    }

    private static final List<Base> BASES = List.of(
            new Base("own/reviews_com.acme.banking_202503.csv", GooglePlayImporter::new),
            new Base("own/reviews_com.acme.banking_202504.csv", GooglePlayImporter::new),
            new Base("own/trustpilot-reviews-acme.json", TrustpilotImporter::new),
            new Base("own/trustpilot-review-67a1f0c2.json", TrustpilotImporter::new),
            new Base("own/customerReviews-acme-ios.json", AppStoreImporter::new));
    private static final byte[] PUNCTUATION = "{}[],:\"\\ \n\r0a\u00e9".getBytes(StandardCharsets.UTF_8);

    @Test
    void damagedFilesEndInCleanRejectionsNeverInExceptions(@TempDir Path tmp) throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Base base = BASES.get(random.nextInt(BASES.size()));
            byte[] original = Files.readAllBytes(Fixtures.file(base.fixture()));
            int kind = random.nextInt(5);
            byte[] damaged = ByteMutation.values()[kind].apply(original, random, PUNCTUATION);
            Path f = Files.write(tmp.resolve("round" + round + "." + Path.of(base.fixture()).getFileName()), damaged);
            String what = "round " + round + " (seed " + SEED + "), " + base.fixture() + ", mutation " + kind;
            CapturingSink s;
            try {
                s = CapturingSink.read(base.importer().get(), f);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(what + ": " + e, e);
            }
            boolean csv = base.fixture().endsWith(".csv");
            TextEncoding encoding = TextEncoding.sniff(ImportInput.of(f));
            for (CapturingSink.Accepted a : s.accepted) {
                String record = csv ? a.raw().substring(a.raw().indexOf('\n') + 1) : a.raw();
                byte[] raw = record.getBytes(csv ? encoding.charset() : StandardCharsets.UTF_8);
                if (a.offset() < 0 || a.offset() + raw.length > damaged.length) {
                    fail(what + ": raw record outside the file at " + a.offset());
                }
                assertEquals(new String(Arrays.copyOfRange(damaged, (int) a.offset(), (int) a.offset() + raw.length),
                        csv ? encoding.charset() : StandardCharsets.UTF_8), record, what + ": raw differs from the file");
            }
            for (RecordError e : s.rejected) {
                assertFalse(e.reason() == null || e.reason().isBlank(), what);
                assertTrue(e.offset() >= -1 && e.offset() <= damaged.length, what + ": offset " + e.offset());
                assertTrue(e.line() >= 1, what + ": record " + e.line());
            }
            if (kind == 0 && !csv && !new String(damaged, StandardCharsets.UTF_8).isBlank()
                    && !new String(original, damaged.length, original.length - damaged.length, StandardCharsets.UTF_8).isBlank()) {
                assertFalse(s.rejected.isEmpty(), what + ": a truncated file was imported as if complete");
            }
        }
    }
}
