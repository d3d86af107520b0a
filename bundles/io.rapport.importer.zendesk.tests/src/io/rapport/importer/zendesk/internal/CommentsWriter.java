package io.rapport.importer.zendesk.internal;

import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;

/** Writes a ticket's comments as Zendesk's {@code /tickets/<id>/comments.json}, with the two users side-loaded. */
final class CommentsWriter {
    private CommentsWriter() {
    }

    static String fileName(TicketConversation t) {
        return "ticket_comments-" + t.ticketId() + ".json";
    }

    static byte[] write(TicketConversation t) {
        StringBuilder b = new StringBuilder("{\n  \"comments\": [");
        for (int i = 0; i < t.comments().size(); i++) {
            TicketComment c = t.comments().get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    { \"id\": ").append(c.id())
                    .append(", \"type\": \"Comment\", \"author_id\": ")
                    .append(c.byAgent() ? t.agentId() : t.customerId())
                    .append(", \"body\": ").append(JsonText.quote(c.body()))
                    .append(", \"public\": ").append(c.isPublic())
                    .append(", \"created_at\": ").append(JsonText.quote(c.createdAt().toString())).append(" }");
        }
        b.append("\n  ],\n  \"users\": [\n    { \"id\": ").append(t.customerId())
                .append(", \"name\": \"Customer\", \"role\": \"end-user\" },\n    { \"id\": ").append(t.agentId())
                .append(", \"name\": \"Agent\", \"role\": \"agent\" }\n  ],\n  \"next_page\": null,\n")
                .append("  \"count\": ").append(t.comments().size()).append("\n}\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
