package io.rapport.importer.reviews.internal;

/**
 * Trustpilot and Play give an answer no id of its own (there is at most one per review): its source id is the
 * review's id with this suffix, stable across exports, so a re-import finds it again.
 */
final class ReplyIds {
    static final String SUFFIX = "/reply";

    private ReplyIds() {
    }

    static String of(String reviewId) {
        return reviewId + SUFFIX;
    }
}
