package io.rapport.importer.meta.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * "Download your information" records carry no ids. Their source id is derived from what identifies them
 * (channel, kind, time, author, text, first media URI), so that re-importing a file, or a later export that
 * overlaps it, yields the same ids and adds no duplicates. Two records identical in all of these collapse
 * into one, which is also what a reader of the export would see.
 */
final class DerivedIds {
    private DerivedIds() {
    }

    static String of(String channel, String kind, long epochSeconds, String... parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder b = new StringBuilder(channel).append('\u0000').append(kind).append('\u0000').append(epochSeconds);
        for (String p : parts) {
            b.append('\u0000').append(p == null ? "" : p);
        }
        byte[] digest = sha.digest(b.toString().getBytes(StandardCharsets.UTF_8));
        return "dyi-" + HexFormat.of().formatHex(digest, 0, 12);
    }
}
