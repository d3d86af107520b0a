package io.rapport.testsupport;

import java.util.Arrays;
import java.util.Random;

/**
 * The kinds of damage a mutation test does to a fixture file, seeded so a failing round can be replayed:
 * truncation, a flipped byte (which may break UTF-8), an inserted structural character, a deleted range and a
 * duplicated range.
 */
public enum ByteMutation {
    TRUNCATE, FLIP_BYTE, INSERT_CHARACTER, DELETE_RANGE, DUPLICATE_RANGE;

    /**
     * @param insertable the characters {@link #INSERT_CHARACTER} chooses from (the format's punctuation)
     */
    public byte[] apply(byte[] in, Random random, byte[] insertable) {
        int at = random.nextInt(in.length);
        return switch (this) {
            case TRUNCATE -> Arrays.copyOf(in, at);
            case FLIP_BYTE -> {
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case INSERT_CHARACTER -> splice(in, at, at, new byte[] { insertable[random.nextInt(insertable.length)] });
            case DELETE_RANGE -> splice(in, at, Math.min(in.length, at + 1 + random.nextInt(200)), new byte[0]);
            case DUPLICATE_RANGE -> {
                int end = Math.min(in.length, at + 1 + random.nextInt(400));
                yield splice(in, end, end, Arrays.copyOfRange(in, at, end));
            }
        };
    }

    /** Replaces {@code in[from, to)} with {@code insert}. */
    public static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }
}
