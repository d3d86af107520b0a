package io.rapport.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.store.RecordError;
import io.rapport.testsupport.ByteMutation;
import io.rapport.testsupport.CapturingSink;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * Seeded damage (truncation, flipped bytes, inserted quotes and delimiters, deleted and duplicated ranges) to the
 * help-desk fixture, read by the importer: it ends normally, or refuses the file with a message naming it (when
 * the header was hit); it never throws anything else. Every rejection has a reason, a row and an offset in the
 * file; every accepted row's original text is the file's bytes at its offset (when the damaged file is still
 * valid UTF-8: an invalid byte's width is a guess).
 */
class DamagedCsvTest {
    private static final long SEED = 4180L;
    private static final int ROUNDS = 400;
    private static final byte[] INSERTABLE = { '"', ',', '\n', '\r', ';', (byte) 0xC3 };

    @Test
    void damagedFilesGiveCleanRejectionsAndNeverAnythingElse(@TempDir Path tmp) throws Exception {
        byte[] original = (Fixtures.SUPPORT_DESK + Fixtures.SUPPORT_DESK.substring(Fixtures.SUPPORT_DESK.indexOf("\r\n") + 2)
                .replace(",m", ",n")).getBytes(StandardCharsets.UTF_8);
        Path mapping = Fixtures.write(tmp, "m.json", Fixtures.SUPPORT_DESK_MAPPING);
        Path file = tmp.resolve("damaged.csv");
        CsvImporter importer = new CsvImporter();
        Random random = new Random(SEED);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ByteMutation mutation = ByteMutation.values()[random.nextInt(ByteMutation.values().length)];
            byte[] damaged = mutation.apply(original, random, INSERTABLE);
            Files.write(file, damaged);
            String what = "seed " + SEED + " round " + round + " " + mutation;
            CapturingSink sink = new CapturingSink();
            try {
                importer.read(ImportInput.of(file), sink, Map.of(ImportRequest.MAPPING, mapping.toString()),
                        new NullProgressMonitor());
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith(file.toString() + ": "), what + ": " + e.getMessage());
                refused++;
                continue;
            }
            for (RecordError e : sink.rejected) {
                assertFalse(e.reason() == null || e.reason().isBlank(), what);
                assertTrue(e.line() >= 2, what + ": row " + e.line());
                assertTrue(e.offset() >= 0 && e.offset() <= damaged.length, what + ": offset " + e.offset());
            }
            if (validUtf8(damaged)) {
                for (CapturingSink.Accepted a : sink.accepted) {
                    byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
                    assertTrue(a.offset() + raw.length <= damaged.length, what);
                    assertArrayEquals(Arrays.copyOfRange(damaged, (int) a.offset(), (int) a.offset() + raw.length), raw,
                            what + ": row " + a.record());
                }
            }
        }
        assertTrue(refused < ROUNDS / 4, "most damage is below the header: " + refused + " refused");
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
