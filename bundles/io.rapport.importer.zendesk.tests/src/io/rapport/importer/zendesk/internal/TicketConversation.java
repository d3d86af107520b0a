package io.rapport.importer.zendesk.internal;

import io.rapport.testsupport.ExpectedRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated ticket's comments (the first is the customer's description) between one customer and one agent,
 * and what the importer must read from them: the description is the ticket, public comments reply as the
 * README's threading rules say (an agent to the first unanswered customer message, a customer to the last
 * answer or the opener), internal notes reply to no one.
 */
record TicketConversation(long ticketId, long customerId, long agentId, List<TicketComment> comments) {
    List<ExpectedRecord> expected() {
        List<ExpectedRecord> expected = new ArrayList<>();
        String opener = "ticket:" + ticketId;
        String waiting = null;
        String lastInbound = null;
        String lastOurs = null;
        for (int i = 0; i < comments.size(); i++) {
            TicketComment c = comments.get(i);
            String id = i == 0 ? opener : "comment:" + c.id();
            String replyTo = null;
            if (i == 0) {
                waiting = opener;
                lastInbound = opener;
            } else if (c.isPublic() && c.byAgent()) {
                replyTo = waiting != null ? waiting : lastInbound;
                waiting = null;
                lastOurs = id;
            } else if (c.isPublic()) {
                replyTo = lastOurs != null ? lastOurs : opener;
                waiting = waiting == null ? id : waiting;
                lastInbound = id;
            }
            String author = String.valueOf(c.byAgent() ? agentId : customerId);
            expected.add(new ExpectedRecord(id, c.createdAt(), c.body().isBlank() ? null : c.body(), author,
                    replyTo));
        }
        return expected;
    }
}
