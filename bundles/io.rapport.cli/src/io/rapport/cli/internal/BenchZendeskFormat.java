package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Zendesk ticket audits ({@code GET /api/v2/ticket_audits.json?include=users}) as one document:
 * {@code {"audits": [...], "users": [...], "next_page", "previous_page", "count"}}, the side-loaded users after
 * the audits as Zendesk sends them. Each ticket's audits come oldest first: the Create audit (the requester's
 * description as the first {@code Comment} event, plus {@code Create} field events), then agents' internal notes
 * ({@code public: false}) beside an assignee {@code Change}, agents' public answers and the requester's
 * follow-ups beside status changes, notification-only and voice-comment audits (no interactions), and an admin's
 * closing comment. Comments carry {@code body}, {@code html_body} (HTML) and {@code plain_body}. Each
 * {@code Comment} event is one interaction, so {@code rows} counts comment events, not audits.
 */
final class BenchZendeskFormat implements BenchFormat {
    private static final long USER_BASE = 360_000_000_000L;
    private static final int AGENTS = 300;
    private static final String[] NAMES = { "Carla Díaz", "Ben Okafor", "Priya Nair", "Tom Berg", "Zoë Müller",
            "Jean-Luc Brûlé", "Aiko Tanaka" };
    private static final String[] EXTRA = { "INV-2291", "(€49.00", "each).", "iPhone", "13,", "🙏", "\"Cards\"", "ça" };
    private static final String[] ANSWERS = { "Hi, sorry about that! I have refunded the second charge; it shows on"
            + " your statement within 5 days.", "Thanks for the details. Could you send us a screenshot of the error?",
            "We have reset your login, please try again and let us know.", "Closing this one. Have a good day!" };
    private static final String[] NOTES = { "Checked Stripe: both charges are real. Refund the second one.",
            "Escalating to the app team, see JIRA MOB-4411.", "Customer is on the legacy plan." };
    private static final String[] STATUS = { "new", "open", "pending", "solved" };

    @Override
    public String id() {
        return "zendesk";
    }

    @Override
    public long defaultRows() {
        return 1_100_000L; // 1,016 bytes a comment at 10,000: 1.1 GB
    }

    @Override
    public String fileName() {
        return "ticket_audits-bench.json";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261130L);
        int customers = (int) Math.max(100, Math.min(1_000_000, rows / 8));
        long audits = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("audits");
            StringBuilder text = new StringBuilder(512);
            long left = rows;
            long auditId = 70_000_000L;
            long eventId = 80_000_000L;
            for (long ticket = 100_001; left > 0; ticket++) {
                long requester = USER_BASE + random.nextInt(customers);
                long agent = USER_BASE + customers + random.nextInt(AGENTS);
                long at = BenchDataWriter.START + (ticket - 100_001) * 90 + random.nextInt(90);
                int comments = (int) Math.min(left, 2 + random.nextInt(6));
                left -= comments;
                for (int c = 0; c < comments; c++) {
                    boolean first = c == 0;
                    boolean last = c == comments - 1 && comments > 2;
                    // after the description: an agent's note, answer, or the requester's follow-up, in turn
                    int role = first ? 0 : last ? 3 : random.nextInt(5) == 0 ? 1 : c % 2 == 1 ? 2 : 0;
                    long author = role == 0 ? requester : role == 3 ? USER_BASE + customers : agent;
                    g.writeStartObject();
                    g.writeNumberField("id", auditId++);
                    g.writeNumberField("ticket_id", ticket);
                    g.writeStringField("created_at", Instant.ofEpochSecond(at).toString());
                    g.writeNumberField("author_id", author);
                    g.writeObjectFieldStart("metadata");
                    g.writeObjectFieldStart("system");
                    g.writeStringField("client", role == 0 ? "Mail" : "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)");
                    g.writeStringField("ip_address", "203.0.113." + random.nextInt(255));
                    g.writeEndObject();
                    g.writeObjectFieldStart("custom");
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeObjectFieldStart("via");
                    g.writeStringField("channel", role == 0 ? "email" : "web");
                    g.writeEndObject();
                    g.writeArrayFieldStart("events");
                    if (role == 3) {
                        change(g, eventId++, "status", "solved", "open");
                    }
                    g.writeStartObject();
                    g.writeNumberField("id", eventId++);
                    g.writeStringField("type", "Comment");
                    g.writeNumberField("author_id", author);
                    String body = role == 1 ? NOTES[random.nextInt(NOTES.length)]
                            : role == 0 ? words(text, random, 10 + random.nextInt(60)) : ANSWERS[random.nextInt(ANSWERS.length)];
                    g.writeStringField("body", body);
                    g.writeStringField("html_body", "<div class=\"zd-comment\" dir=\"auto\"><p>"
                            + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p></div>");
                    g.writeStringField("plain_body", body);
                    g.writeBooleanField("public", role != 1);
                    g.writeArrayFieldStart("attachments");
                    g.writeEndArray();
                    g.writeNumberField("audit_id", auditId - 1);
                    g.writeEndObject();
                    if (first) {
                        create(g, eventId++, "status", "new");
                        create(g, eventId++, "priority", random.nextBoolean() ? "normal" : "high");
                        create(g, eventId++, "subject", "Ticket " + ticket);
                    } else if (role == 1) {
                        change(g, eventId++, "assignee_id", Long.toString(agent), null);
                    } else if (role == 2) {
                        change(g, eventId++, "status", "pending", "open");
                    } else if (role == 0) {
                        change(g, eventId++, "status", "open", STATUS[2]);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    audits++;
                    at += 60 + random.nextInt(20_000);
                    if (random.nextInt(4) == 0) {
                        // an audit without a text comment: a notification, or a phone call's voice comment
                        g.writeStartObject();
                        g.writeNumberField("id", auditId++);
                        g.writeNumberField("ticket_id", ticket);
                        g.writeStringField("created_at", Instant.ofEpochSecond(at).toString());
                        g.writeNumberField("author_id", random.nextBoolean() ? -1 : agent);
                        g.writeArrayFieldStart("events");
                        g.writeStartObject();
                        g.writeNumberField("id", eventId++);
                        if (random.nextInt(3) == 0) {
                            g.writeStringField("type", "VoiceComment");
                            g.writeNumberField("author_id", agent);
                            g.writeObjectFieldStart("data");
                            g.writeStringField("call_duration", Integer.toString(30 + random.nextInt(600)));
                            g.writeEndObject();
                            g.writeBooleanField("public", false);
                        } else {
                            g.writeStringField("type", "Notification");
                            g.writeStringField("subject", "[Acme] Re: Ticket " + ticket);
                            g.writeArrayFieldStart("recipients");
                            g.writeNumber(requester);
                            g.writeEndArray();
                        }
                        g.writeEndObject();
                        g.writeEndArray();
                        g.writeEndObject();
                        audits++;
                    }
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("users");
            for (int u = 0; u < customers + AGENTS; u++) {
                g.writeStartObject();
                g.writeNumberField("id", USER_BASE + u);
                g.writeStringField("name", NAMES[u % NAMES.length] + " " + u);
                g.writeStringField("role", u < customers ? "end-user" : u == customers ? "admin" : "agent");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNullField("next_page");
            g.writeNullField("previous_page");
            g.writeNumberField("count", audits);
            g.writeEndObject();
        }
    }

    private static String words(StringBuilder text, SplittableRandom random, int n) {
        text.setLength(0);
        for (int w = 0; w < n; w++) {
            text.append(w == 0 ? "" : w == n / 2 && random.nextBoolean() ? "\n\n" : " ")
                    .append(random.nextInt(10) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                            : BenchDataWriter.word(random));
        }
        return text.toString();
    }

    private static void create(JsonGenerator g, long id, String field, String value) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("type", "Create");
        g.writeStringField("field_name", field);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static void change(JsonGenerator g, long id, String field, String value, String previous) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("type", "Change");
        g.writeStringField("field_name", field);
        g.writeStringField("value", value);
        g.writeStringField("previous_value", previous);
        g.writeEndObject();
    }

    @Override
    public String duckdbLoad() {
        // the response is one JSON document: DuckDB reads it whole (maximum_object_size); one row per Comment event
        return "CREATE TABLE interactions AS SELECT e.id, a.ticket_id, coalesce(e.author_id, a.author_id) AS author_id,"
                + " a.created_at::VARCHAR AS created_at, e.public, e.body FROM (SELECT a, unnest(a.events) AS e FROM"
                + " (SELECT unnest(audits) AS a FROM read_json(?, maximum_object_size = 4000000000)))"
                + " WHERE e.type = 'Comment'";
    }

    @Override
    public String duckdbReader() {
        return "read_json (one document, unnest audits and their Comment events)";
    }

    @Override
    public String describe() {
        return "Zendesk ticket audits with side-loaded users as one document, each Comment event an interaction"
                + " (default 1,100,000 comments, 1.1 GB), against read_json with unnest";
    }
}
