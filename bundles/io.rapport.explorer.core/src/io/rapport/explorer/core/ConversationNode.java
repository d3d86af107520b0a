package io.rapport.explorer.core;

import java.util.List;

/**
 * One message of a conversation with the replies to it, oldest first.
 *
 * @param responseMinutes for our reply to an inbound message: minutes after that message (never negative;
 *                        {@code null} otherwise, and for a reply stamped before its message)
 * @param firstResponse   whether this is the response the metrics count for the message it answers
 */
public record ConversationNode(InteractionRow interaction, Double responseMinutes, boolean firstResponse,
        List<ConversationNode> replies) {

    public ConversationNode {
        replies = List.copyOf(replies);
    }

    public String sourceId() {
        return interaction.sourceId();
    }

    /** Written by one of our accounts or staff. */
    public boolean ours() {
        return interaction.ours();
    }

    /** This node and every reply below it. */
    public int size() {
        int n = 1;
        for (ConversationNode r : replies) {
            n += r.size();
        }
        return n;
    }
}
