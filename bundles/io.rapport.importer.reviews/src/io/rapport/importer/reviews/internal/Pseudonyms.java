package io.rapport.importer.reviews.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable handles for authors a source does not name. Google Play exports carry no reviewer identity at all, so
 * each review gets its own pseudonymous author derived from the review's id: the same review keeps the same
 * handle in every later export (an edited review keeps its id), and nothing about the person is invented or
 * linked across reviews. Hashing keeps the handle short and free of the id's syntax.
 */
final class Pseudonyms {
    private Pseudonyms() {
    }

    /** {@code prefix} + the first 12 hex digits of SHA-256 of {@code key}, e.g. {@code play-reviewer-3fa41c09be12}. */
    static String handle(String prefix, String key) {
        return prefix + HexFormat.of().formatHex(sha256(key), 0, 6);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
