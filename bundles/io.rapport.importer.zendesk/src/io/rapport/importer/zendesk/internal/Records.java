package io.rapport.importer.zendesk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the four Zendesk record types the importer reads, filled while the record streams past (no tree
 * is built). Fields the mapping does not use are skipped; the whole record is kept as the raw original anyway.
 */
final class Records {
    private Records() {
    }

    /** A ticket of a tickets list, a single-ticket response or the incremental export. */
    static final class Ticket {
        final JsonFields.Problems problems = new JsonFields.Problems();
        String id;
        String url;
        String createdAt;
        String subject;
        String description;
        String requesterId;
        String submitterId;
        String brandId;
        /** {@code via.source.from.name}: the sender's name of a ticket that came by e-mail. */
        String viaName;
    }

    /** A comment of a comments list, or a {@code Comment} event of an audit. */
    static final class Comment {
        final JsonFields.Problems problems = new JsonFields.Problems();
        String id;
        String ticketId;
        String authorId;
        String body;
        String plainBody;
        /** {@code public:false} marks an internal note; absent means public, as in the API. */
        boolean isPublic = true;
        String createdAt;
        String type;
    }

    /** A change set of a ticket; only its comment events are interactions. */
    static final class Audit {
        final JsonFields.Problems problems = new JsonFields.Problems();
        String id;
        String ticketId;
        String authorId;
        String createdAt;
        final List<Comment> comments = new ArrayList<>();
    }

    /** A side-loaded user ({@code include=users}): who wrote what, and whether they are an agent. */
    record User(String id, String name, String role) {
    }

    static Ticket ticket(JsonParser p) throws IOException {
        Ticket t = new Ticket();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> t.id = JsonFields.id(p, "id", t.problems);
                case "url" -> t.url = JsonFields.text(p, "url", t.problems);
                case "created_at" -> t.createdAt = JsonFields.text(p, "created_at", t.problems);
                case "subject" -> t.subject = JsonFields.text(p, "subject", t.problems);
                case "description" -> t.description = JsonFields.text(p, "description", t.problems);
                case "requester_id" -> t.requesterId = JsonFields.id(p, "requester_id", t.problems);
                case "submitter_id" -> t.submitterId = JsonFields.id(p, "submitter_id", t.problems);
                case "brand_id" -> t.brandId = JsonFields.id(p, "brand_id", t.problems);
                case "via" -> t.viaName = viaName(p, t.problems);
                default -> p.skipChildren();
            }
        }
        return t;
    }

    /** {@code via.source.from.name}; {@code from} is an empty object for web tickets. */
    private static String viaName(JsonParser p, JsonFields.Problems problems) throws IOException {
        String found = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("source") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    if (inner.equals("from") && p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            if (key.equals("name")) {
                                found = JsonFields.text(p, "via.source.from.name", problems);
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    static Comment comment(JsonParser p, String path) throws IOException {
        Comment c = new Comment();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String field = path + name;
            switch (name) {
                case "id" -> c.id = JsonFields.id(p, field, c.problems);
                case "ticket_id" -> c.ticketId = JsonFields.id(p, field, c.problems);
                case "author_id" -> c.authorId = JsonFields.id(p, field, c.problems);
                case "body" -> c.body = JsonFields.text(p, field, c.problems);
                case "plain_body" -> c.plainBody = JsonFields.text(p, field, c.problems);
                case "public" -> {
                    Boolean b = JsonFields.bool(p, field, c.problems);
                    c.isPublic = b == null || b;
                }
                case "created_at" -> c.createdAt = JsonFields.text(p, field, c.problems);
                case "type" -> c.type = JsonFields.text(p, field, c.problems);
                default -> p.skipChildren();
            }
        }
        return c;
    }

    static Audit audit(JsonParser p) throws IOException {
        Audit a = new Audit();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> a.id = JsonFields.id(p, "id", a.problems);
                case "ticket_id" -> a.ticketId = JsonFields.id(p, "ticket_id", a.problems);
                case "author_id" -> a.authorId = JsonFields.id(p, "author_id", a.problems);
                case "created_at" -> a.createdAt = JsonFields.text(p, "created_at", a.problems);
                case "events" -> events(p, a);
                default -> p.skipChildren();
            }
        }
        return a;
    }

    private static void events(JsonParser p, Audit a) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_NULL) {
                a.problems.note("'events' must be an array, not " + JsonFields.describe(p.currentToken()));
            }
            p.skipChildren();
            return;
        }
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            n++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            Comment event = comment(p, "events[" + n + "].");
            // voice and other comment-like events carry no readable body: only text comments are interactions
            if ("Comment".equals(event.type)) {
                a.comments.add(event);
            }
        }
    }

    static User user(JsonParser p) throws IOException {
        String id = null;
        JsonFields.Problems ignored = new JsonFields.Problems(); // a bad user only loses its name and role
        String name = null;
        String role = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonFields.id(p, "id", ignored);
                case "name" -> name = JsonFields.text(p, "name", ignored);
                case "role" -> role = JsonFields.text(p, "role", ignored);
                default -> p.skipChildren();
            }
        }
        return new User(id, name, role);
    }
}
