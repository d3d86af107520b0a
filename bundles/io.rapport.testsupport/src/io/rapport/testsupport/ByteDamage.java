package io.rapport.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * One piece of byte-level damage to a file, as the damage properties of the importer tests generate it (jqwik
 * combines its fields, so a failing sample shrinks to the smallest damage): where in the file ({@code where}, a
 * fraction of its length), how many bytes, and the byte or token that replaces or is inserted.
 *
 * @param kind what is done
 * @param where the position as a fraction of the file's length, {@code [0, 1)}
 * @param length how many bytes a deletion removes or a duplication repeats
 * @param value the byte a flip writes, or the index of the token an insertion inserts (modulo their number)
 */
public record ByteDamage(Kind kind, double where, int length, int value) {
    /** The kinds of damage. */
    public enum Kind {
        /** A byte replaced by another (which may break the encoding). */
        FLIP,
        /** A range removed. */
        DELETE,
        /** A range repeated right after itself. */
        DUPLICATE,
        /** One of the format's tokens inserted ({@code {}[]",:} for JSON, {@code ",\n} for CSV, …). */
        INSERT_TOKEN,
        /** The file cut off. */
        TRUNCATE
    }

    /** The damaged copy of {@code in} (never changed itself). */
    public byte[] apply(byte[] in, List<byte[]> tokens) {
        if (in.length == 0) {
            return kind == Kind.INSERT_TOKEN ? tokens.get(Math.floorMod(value, tokens.size())).clone() : in;
        }
        int at = Math.min(in.length - 1, (int) (where * in.length));
        return switch (kind) {
            case FLIP -> {
                byte[] out = in.clone();
                out[at] = (byte) value;
                yield out;
            }
            case DELETE -> splice(in, at, Math.min(in.length, at + length), new byte[0]);
            case DUPLICATE -> {
                int end = Math.min(in.length, at + length);
                yield splice(in, end, end, Arrays.copyOfRange(in, at, end));
            }
            case INSERT_TOKEN -> splice(in, at, at, tokens.get(Math.floorMod(value, tokens.size())));
            case TRUNCATE -> Arrays.copyOf(in, at);
        };
    }

    /** Every damage of the list, one after the other. */
    public static byte[] applyAll(byte[] in, List<ByteDamage> damages, List<byte[]> tokens) {
        byte[] out = in;
        for (ByteDamage d : damages) {
            out = d.apply(out, tokens);
        }
        return out;
    }

    /** The first offset at which the two differ (the shorter one's length when one is a prefix of the other). */
    public static int firstDifference(byte[] a, byte[] b) {
        int mismatch = Arrays.mismatch(a, b);
        return mismatch < 0 ? a.length : mismatch;
    }

    /**
     * Whether {@code damaged} is {@code original} cut short: a prefix of it, with more than whitespace missing
     * (such a file must never be taken for a complete one).
     */
    public static boolean cutShort(byte[] original, byte[] damaged) {
        return damaged.length < original.length && firstDifference(original, damaged) == damaged.length
                && !new String(original, damaged.length, original.length - damaged.length,
                        java.nio.charset.StandardCharsets.ISO_8859_1).isBlank();
    }

    /** Replaces {@code in[from, to)} with {@code insert}. */
    public static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    /** The tokens as UTF-8 bytes, for {@link Kind#INSERT_TOKEN}. */
    public static List<byte[]> tokens(String... tokens) {
        return Arrays.stream(tokens).map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList();
    }
}
