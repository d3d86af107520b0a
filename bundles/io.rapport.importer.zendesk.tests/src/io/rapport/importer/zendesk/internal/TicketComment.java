package io.rapport.importer.zendesk.internal;

import java.time.Instant;

/** A generated comment of a ticket: by the customer or an agent, public or an internal note. */
record TicketComment(long id, boolean byAgent, boolean isPublic, Instant createdAt, String body) {
}
