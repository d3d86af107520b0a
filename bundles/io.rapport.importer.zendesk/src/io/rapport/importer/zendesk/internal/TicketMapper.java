package io.rapport.importer.zendesk.internal;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.util.Locale;

/**
 * Maps tickets and their comments to the canonical model (DESIGN.md §3). A support desk is ours by nature: the
 * side-loaded users say who is an agent, and the importer sets the author role itself (staff, department
 * {@value #DEPARTMENT}) instead of leaving it to the project's account settings.
 */
final class TicketMapper {
    static final String DEPARTMENT = "support";

    private final Directory directory;
    private final TicketThreads threads = new TicketThreads();

    TicketMapper(Directory directory) {
        this.directory = directory;
    }

    /** Who wrote a message, as far as the file tells. */
    private record Author(String handle, String name, ActorRole role) {
        boolean isCustomer() {
            return role == ActorRole.CUSTOMER;
        }
    }

    /** A ticket: its description is the customer's opening message. */
    Interaction ticket(Records.Ticket t) throws BadRecordException {
        check(t.problems);
        String id = required(t.id, "id");
        Instant created = Timestamps.parse(t.createdAt, "created_at");
        String requester = required(Directory.requesterOf(t), "requester_id");
        Author author = author(requester, true, t.viaName, false);
        String sourceId = ticketSourceId(id);
        TicketThreads.Conversation c = threads.of(id);
        if (c.opener == null) {
            c.requesterId = requester;
            c.opened(sourceId, author.role() != ActorRole.STAFF);
        }
        return base(sourceId, InteractionKind.TICKET, author, created).text(ticketText(t)).threadId(id)
                .space(Directory.spaceOf(t)).url(t.url).build();
    }

    /**
     * A comment of a comments list or an audit. The first comment of a ticket is its description (Zendesk
     * creates it with the ticket), so it gets the ticket's source id and the store keeps one of the two.
     *
     * @param ticketId       the ticket the comment belongs to, or null when the file does not say
     * @param fallbackTime   the audit's {@code created_at} (comment events carry none of their own)
     * @param fallbackAuthor the audit's {@code author_id}
     */
    Interaction comment(Records.Comment cm, String ticketId, String fallbackTime, String fallbackAuthor)
            throws BadRecordException {
        check(cm.problems);
        String id = required(cm.id, "id");
        String authorId = required(cm.authorId != null ? cm.authorId : fallbackAuthor, "author_id");
        Instant created = Timestamps.parse(cm.createdAt != null ? cm.createdAt : fallbackTime, "created_at");
        Directory.TicketInfo ticket = directory.ticket(ticketId);
        TicketThreads.Conversation c = threads.of(ticketId);
        if (c.requesterId == null) {
            c.requesterId = ticket != null ? ticket.requesterId() : authorId; // else: who opened it
        }
        boolean requester = authorId.equals(c.requesterId);
        Author author = author(authorId, requester, requester && ticket != null ? ticket.requesterName() : null,
                !cm.isPublic);
        String text = cm.body != null && !cm.body.isBlank() ? cm.body : cm.plainBody;
        boolean description = !c.commentSeen;
        c.commentSeen = true;
        Interaction.Builder b;
        if (!cm.isPublic) {
            // an internal note: outbound, but no answer to anyone, so it has no in_reply_to and is never a response
            b = base("comment:" + id, InteractionKind.MESSAGE, author, created);
        } else if (description) {
            String sourceId = ticketId != null ? ticketSourceId(ticketId) : "comment:" + id;
            if (c.opener == null) {
                c.opened(sourceId, author.role() != ActorRole.STAFF);
            }
            b = base(sourceId, InteractionKind.TICKET, author, created);
        } else {
            String sourceId = "comment:" + id;
            boolean inbound = author.isCustomer();
            b = base(sourceId, InteractionKind.REPLY, author, created)
                    .inReplyTo(inbound ? c.inbound(sourceId) : c.ours(sourceId));
        }
        return b.text(text).threadId(ticketId).space(ticket != null ? ticket.space() : null).build();
    }

    private static Interaction.Builder base(String sourceId, InteractionKind kind, Author a, Instant created) {
        return Interaction.builder().channel(Channels.ZENDESK).sourceId(sourceId).kind(kind).authorHandle(a.handle())
                .authorName(a.name()).authorRole(a.role())
                .authorDepartment(a.role() == ActorRole.STAFF ? DEPARTMENT : null).createdAt(created);
    }

    static String ticketSourceId(String ticketId) {
        return "ticket:" + ticketId;
    }

    /**
     * The role the source gives: a side-loaded user's {@code role}; else the requester is the customer and
     * the author of an internal note an agent (only agents can write one); else unknown (null: the project's
     * settings decide).
     */
    private Author author(String userId, boolean requester, String fallbackName, boolean internalNote) {
        Records.User u = directory.user(userId);
        ActorRole role = u == null ? null : roleOf(u.role());
        if (role == null) {
            role = requester ? ActorRole.CUSTOMER : internalNote ? ActorRole.STAFF : null;
        }
        String name = u != null && u.name() != null ? u.name() : fallbackName;
        return new Author(userId, name, role);
    }

    private static ActorRole roleOf(String zendeskRole) {
        if (zendeskRole == null) {
            return null;
        }
        return switch (zendeskRole.strip().toLowerCase(Locale.ROOT)) {
            case "end-user" -> ActorRole.CUSTOMER;
            case "agent", "admin" -> ActorRole.STAFF;
            default -> null;
        };
    }

    /** The subject leads the text unless the description already starts with it (e-mail tickets often do). */
    private static String ticketText(Records.Ticket t) {
        String subject = t.subject == null ? "" : t.subject.strip();
        String description = t.description == null ? "" : t.description;
        if (subject.isEmpty() || description.strip().startsWith(subject)) {
            return description.isEmpty() ? null : description;
        }
        return description.isEmpty() ? subject : subject + "\n\n" + description;
    }

    private static void check(JsonFields.Problems problems) throws BadRecordException {
        if (problems.first() != null) {
            throw new BadRecordException(problems.first());
        }
    }

    private static String required(String value, String field) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        return value;
    }
}
