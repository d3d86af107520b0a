package io.rapport.importer.zendesk.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The state of each ticket's conversation while its messages stream past in file order (Zendesk lists a
 * ticket's comments and audits oldest first), from which every message gets its {@code in_reply_to}.
 */
final class TicketThreads {
    /** One ticket's conversation so far. */
    static final class Conversation {
        /** The source id of the message that opened the ticket; null until it is seen. */
        String opener;
        /** Who opened the ticket: the requester, when no ticket record says otherwise. */
        String requesterId;
        /**
         * The first customer message not answered yet: the agent's next public comment answers it, so that the
         * first response time runs from when the customer started waiting, not from their last nudge.
         */
        String waiting;
        /** The customer's latest message. */
        String lastInbound;
        /** Whether a comment of the ticket was seen: the first one is the ticket's description. */
        boolean commentSeen;
        /** The latest public agent comment: a customer's follow-up answers it. */
        String lastOurs;

        /** The in_reply_to of a customer's follow-up; the follow-up then waits for an answer. */
        String inbound(String sourceId) {
            String parent = lastOurs != null ? lastOurs : opener;
            if (waiting == null) {
                waiting = sourceId;
            }
            lastInbound = sourceId;
            return parent;
        }

        /** The in_reply_to of an agent's public comment, which answers whatever was waiting. */
        String ours(String sourceId) {
            String parent = waiting != null ? waiting : lastInbound != null ? lastInbound : opener;
            waiting = null;
            lastOurs = sourceId;
            return parent;
        }

        void opened(String sourceId, boolean byCustomer) {
            opener = sourceId;
            if (byCustomer) {
                waiting = sourceId;
                lastInbound = sourceId;
            } else {
                lastOurs = sourceId; // an agent opened the ticket (outbound): the customer's answer replies to it
            }
        }
    }

    /** Comments of a file that names no ticket (a saved comments list) all belong to the same one. */
    private static final String UNNAMED = "";

    private final Map<String, Conversation> conversations = new HashMap<>();

    Conversation of(String ticketId) {
        return conversations.computeIfAbsent(ticketId == null ? UNNAMED : ticketId, k -> new Conversation());
    }
}
