package io.rapport.cycle.core;

import java.time.Instant;

/**
 * A negative interaction addressed to us that has no response yet.
 *
 * @param sentiment the stored score of the active sentiment model ({@code null} if the text is empty)
 * @param rating    the review rating, if any
 * @param threadId  the conversation, to open the thread
 */
public record WorklistItem(String channel, String sourceId, Instant createdAt, String authorHandle, String text,
        Double sentiment, Integer rating, String url, String threadId) {
}
