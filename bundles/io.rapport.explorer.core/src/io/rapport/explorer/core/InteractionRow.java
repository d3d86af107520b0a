package io.rapport.explorer.core;

import java.time.Instant;

/**
 * One interaction as the explorer lists it: the canonical fields plus the facts of the metric definitions.
 *
 * @param role                 {@code customer}, {@code our_account} or {@code staff}
 * @param department           the staff member's department, if any
 * @param sentiment            the active sentiment model's score ({@code null} if not scored)
 * @param negative             negative by the metric definitions (score or rating)
 * @param addressed            inbound and addressed to us
 * @param responseId           the source id of the first response, if responded
 * @param firstResponseMinutes minutes from this interaction to its first response, if responded
 */
public record InteractionRow(String channel, String sourceId, String kind, Instant createdAt, String authorHandle,
        String authorName, String role, String department, Direction direction, String text, Double sentiment,
        boolean negative, boolean addressed, String responseId, Instant responseAt, Double firstResponseMinutes,
        Integer rating, String threadId, String inReplyTo, String url) {

    /** Written by one of our accounts or staff. */
    public boolean ours() {
        return direction == Direction.OUTBOUND;
    }

    public ResponseStatus status() {
        if (ours()) {
            return ResponseStatus.OURS;
        }
        if (!addressed) {
            return ResponseStatus.NOT_ADDRESSED;
        }
        return responseId == null ? ResponseStatus.UNANSWERED : ResponseStatus.RESPONDED;
    }
}
