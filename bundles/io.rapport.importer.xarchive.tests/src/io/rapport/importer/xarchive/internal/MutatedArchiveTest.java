package io.rapport.importer.xarchive.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Property: whatever is done to an archive's bytes (cut, flipped, deleted, duplicated, bracketed), the importer
 * either accepts records whose original text is a slice of the file at their offset, rejects records with a
 * reason, or refuses the file with a message naming it; it never fails otherwise. Seeded, so a failure repeats.
 */
class MutatedArchiveTest {
    private static final long SEED = 0x5EED_2026L;
    private static final int ROUNDS = 400;

    /** Checks every call the importer makes. */
    private static final class CheckingSink implements ImportSink {
        private final byte[] file;
        private final String round;
        long accepted;
        long rejected;

        CheckingSink(byte[] file, String round) {
            this.file = file;
            this.round = round;
        }

        @Override
        public void accept(Interaction interaction, String raw, long line, long offset) {
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            assertTrue(offset >= 0 && offset + bytes.length <= file.length, round + ": offset " + offset);
            assertTrue(Arrays.equals(bytes, Arrays.copyOfRange(file, (int) offset, (int) offset + bytes.length)),
                    round + ": the original record is not the file's bytes at " + offset);
            assertTrue(line >= 1, round);
            accepted++;
        }

        @Override
        public void reject(long line, long offset, String reason) {
            assertTrue(line >= 1 && offset >= 0 && reason != null && !reason.isBlank(), round + ": " + reason);
            assertTrue(!reason.contains("Exception"), round + ": " + reason);
            rejected++;
        }
    }

    @Test
    void mutatedTweetsFilesGiveOnlyCleanRejectionsOrErrors(@TempDir Path tmp) throws Exception {
        byte[] original = Files.readAllBytes(Fixtures.acmeData().resolve("tweets.js"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String f : new String[] { "account.js", "note-tweet.js", "tweets-part1.js" }) {
            Files.copy(Fixtures.acmeData().resolve(f), data.resolve(f));
        }
        Path target = data.resolve("tweets.js");
        Random random = new Random(SEED);
        long accepted = 0;
        long refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] mutated = mutate(original, random);
            Files.write(target, mutated);
            CheckingSink sink = new CheckingSink(mutated, "round " + round);
            try {
                new XArchiveImporter().read(ImportInput.of(target), sink, new NullProgressMonitor());
            } catch (ArchiveFormatException e) {
                assertTrue(e.getMessage().startsWith(target.toString()), "round " + round + ": " + e.getMessage());
                refused++;
            } catch (RuntimeException | IOException | AssertionError e) {
                fail("round " + round + ": unexpected " + e, e);
            }
            accepted += sink.accepted;
        }
        // the mutations must leave work for both paths, or the property was not exercised
        assertTrue(accepted > ROUNDS, "accepted " + accepted);
        assertTrue(refused > 0 && refused < ROUNDS / 2, "refused " + refused);
    }

    @Test
    void mutatedZipsGiveOnlyCleanErrors(@TempDir Path tmp) throws Exception {
        byte[] original = Files.readAllBytes(Fixtures.acmeZip());
        Path target = tmp.resolve("twitter-mutated.zip");
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS / 4; round++) {
            byte[] mutated = original.clone();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                mutated[random.nextInt(mutated.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Files.write(target, mutated);
            try {
                new XArchiveImporter().read(ImportInput.of(target), new ImportSink() {
                    @Override
                    public void accept(Interaction interaction, String raw, long line, long offset) {
                    }

                    @Override
                    public void reject(long line, long offset, String reason) {
                    }
                }, new NullProgressMonitor());
            } catch (IOException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "round " + round);
            } catch (RuntimeException e) {
                fail("round " + round + ": unexpected " + e, e);
            }
        }
    }

    private static byte[] mutate(byte[] b, Random r) {
        int at = r.nextInt(b.length);
        switch (r.nextInt(6)) {
            case 0: // truncate
                return Arrays.copyOf(b, at);
            case 1: { // flip a byte
                byte[] c = b.clone();
                c[at] = (byte) r.nextInt(256);
                return c;
            }
            case 2: { // delete a range
                int len = Math.min(b.length - at, 1 + r.nextInt(200));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                return c;
            }
            case 3: { // duplicate a range
                int len = Math.min(b.length - at, 1 + r.nextInt(400));
                byte[] c = new byte[b.length + len];
                System.arraycopy(b, 0, c, 0, at + len);
                System.arraycopy(b, at, c, at + len, b.length - at);
                return c;
            }
            case 4: { // insert structure
                byte[] ins = new String[] { "[", "{", "}", "]", "\"", ",", "\\", "null" }[r.nextInt(8)]
                        .getBytes(StandardCharsets.UTF_8);
                byte[] c = new byte[b.length + ins.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(ins, 0, c, at, ins.length);
                System.arraycopy(b, at, c, at + ins.length, b.length - at);
                return c;
            }
            default: { // replace a digit in an id or count or date
                byte[] c = b.clone();
                for (int i = at; i < c.length; i++) {
                    if (c[i] >= '0' && c[i] <= '9') {
                        c[i] = (byte) "0123456789x-".charAt(r.nextInt(12));
                        break;
                    }
                }
                return c;
            }
        }
    }
}
