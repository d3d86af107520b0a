package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Zendesk channel as the Support API's ticket audits ({@code GET /api/v2/ticket_audits} with
 * {@code include=users}, the pages joined into one document): one audit per message, carrying its public
 * {@code Comment} event; the ticket's first comment is its description. The side-loaded users say who is an
 * agent (staff) and who an end-user.
 */
final class ZendeskAuditsWriter implements ExportWriter {
    static final String FORMAT = "zendesk";
    static final String FILE = "ticket_audits-nimbalo.json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        AccountNumbers users = new AccountNumbers(361_500_000_000L, 17);
        Map<String, Author> people = new LinkedHashMap<>();
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("audits");
            long audit = 27_340_000_000L;
            for (Message m : messages) {
                people.putIfAbsent(m.author().handle(), m.author());
                writeAudit(g, m, ids, users, audit += 3);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("users");
            for (Author a : people.values()) {
                g.writeStartObject();
                g.writeNumberField("id", Long.parseLong(users.of(a.handle())));
                g.writeStringField("name", a.name());
                g.writeStringField("email", a.isOurs() ? a.handle() : a.handle().contains("@") ? a.handle() : null);
                g.writeStringField("role", a.isOurs() ? "agent" : "end-user");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNullField("next_page");
            g.writeNullField("previous_page");
            g.writeNumberField("count", messages.size());
            g.writeEndObject();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writeAudit(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids,
            AccountNumbers users, long auditId) throws IOException {
        String ticket = ids.get(m.root()).id().substring(SourceIds.ZENDESK_TICKET.length());
        String own = ids.get(m).id();
        // the description's comment id is not the ticket's: Zendesk numbers comments on their own
        long commentId = m.parent() == null ? auditId + 1
                : Long.parseLong(own.substring(SourceIds.ZENDESK_COMMENT.length()));
        String author = users.of(m.author().handle());
        g.writeStartObject();
        g.writeNumberField("id", auditId);
        g.writeNumberField("ticket_id", Long.parseLong(ticket));
        g.writeStringField("created_at", TIME.format(m.at()));
        g.writeNumberField("author_id", Long.parseLong(author));
        g.writeObjectFieldStart("via");
        g.writeStringField("channel", m.author().isOurs() ? "web" : m.parent() == null ? "email" : "web");
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        g.writeStartObject();
        g.writeNumberField("id", commentId);
        g.writeStringField("type", "Comment");
        g.writeNumberField("author_id", Long.parseLong(author));
        g.writeStringField("body", m.text());
        g.writeBooleanField("public", true);
        g.writeArrayFieldStart("attachments");
        g.writeEndArray();
        g.writeEndObject();
        if (m.parent() == null) {
            g.writeStartObject();
            g.writeNumberField("id", auditId + 2);
            g.writeStringField("type", "Create");
            g.writeStringField("field_name", "status");
            g.writeStringField("value", "new");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
