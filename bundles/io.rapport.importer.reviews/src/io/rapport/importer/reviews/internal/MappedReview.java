package io.rapport.importer.reviews.internal;

import io.rapport.core.model.Interaction;

/**
 * What one source record gives: a review and/or our answer to it (either may be null: App Store responses are
 * records of their own). An answer that cannot be mapped is rejected on its own ({@code replyProblem}) so that
 * the review beside it is still imported.
 */
record MappedReview(Interaction review, Interaction reply, String replyProblem) {

    /** Hands what was mapped to the sink; all of it carries the same raw record, number and offset. */
    void deliver(io.rapport.core.importer.ImportSink sink, String raw, long number, long offset) {
        if (review != null) {
            sink.accept(review, raw, number, offset);
        }
        if (reply != null) {
            sink.accept(reply, raw, number, offset);
        } else if (replyProblem != null) {
            sink.reject(number, offset, replyProblem, raw);
        }
    }
}
