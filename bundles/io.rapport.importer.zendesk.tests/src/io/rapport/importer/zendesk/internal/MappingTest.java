package io.rapport.importer.zendesk.internal;

import io.rapport.testsupport.CapturingSink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The mapping of each Zendesk shape, field by field, read straight from the importer (no store). */
class MappingTest {

    @Test
    void theIncrementalExportWithUsersSideLoadedAfterTheTickets() throws Exception {
        CapturingSink s = CapturingSink.read(new ZendeskImporter(), Fixtures.file("own/tickets-acme-incremental.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("ticket:1001", "ticket:1002"), s.sourceIds());
        Interaction t = s.bySourceId("ticket:1001");
        assertEquals("zendesk", t.channel());
        assertEquals(InteractionKind.TICKET, t.kind());
        assertEquals("360501", t.authorHandle());
        assertEquals("Carla Díaz", t.authorName(), "from the users listed after the tickets");
        assertEquals(ActorRole.CUSTOMER, t.authorRole());
        assertNull(t.authorDepartment());
        assertEquals(Instant.parse("2025-03-03T08:15:02Z"), t.createdAt());
        assertEquals("Invoice charged twice\n\nHello, my card was charged twice for invoice INV-2291 (€49.00 each)."
                + " Please refund one of them.\n\nCarla", t.text());
        assertNull(t.inReplyTo());
        assertEquals("1001", t.threadId());
        assertEquals("acme.zendesk.com", t.space());
        assertEquals("https://acme.zendesk.com/api/v2/tickets/1001.json", t.url());
        assertTrue(s.accepted.get(0).raw().startsWith("{\n      \"url\": \"https://acme.zendesk.com/api/v2/tickets/1001.json\""));
        assertTrue(s.accepted.get(0).raw().endsWith("\"is_public\": true\n    }"));
    }

    @Test
    void auditsMapTheRequesterAgentAndInternalNotesWithTheirReplyChain() throws Exception {
        CapturingSink s = CapturingSink.read(new ZendeskImporter(), Fixtures.file("own/ticket_audits-1001.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("ticket:1001", "comment:80003", "comment:80005", "comment:80006", "comment:80008"),
                s.sourceIds(), "the first comment is the description: it takes the ticket's id");
        Interaction opener = s.bySourceId("ticket:1001");
        assertEquals(List.of(InteractionKind.TICKET, ActorRole.CUSTOMER), List.of(opener.kind(), opener.authorRole()));

        Interaction note = s.bySourceId("comment:80003");
        assertEquals(InteractionKind.MESSAGE, note.kind());
        assertEquals(ActorRole.STAFF, note.authorRole());
        assertEquals("support", note.authorDepartment());
        assertNull(note.inReplyTo(), "an internal note answers no one, so it can never count as a response");
        assertEquals(Instant.parse("2025-03-03T09:01:30Z"), note.createdAt(), "from the audit");

        Interaction answer = s.bySourceId("comment:80005");
        assertEquals(InteractionKind.REPLY, answer.kind());
        assertEquals("360601", answer.authorHandle());
        assertEquals("Priya Nair", answer.authorName());
        assertEquals(ActorRole.STAFF, answer.authorRole());
        assertEquals("support", answer.authorDepartment());
        assertEquals("ticket:1001", answer.inReplyTo());
        assertEquals("1001", answer.threadId());

        Interaction thanks = s.bySourceId("comment:80006");
        assertEquals(List.of(ActorRole.CUSTOMER, "comment:80005", "Thanks, I see it now 🙏"),
                List.of(thanks.authorRole(), thanks.inReplyTo(), thanks.text()));
        Interaction closing = s.bySourceId("comment:80008");
        assertEquals(List.of(ActorRole.STAFF, "comment:80006", "Tom Berg"),
                List.of(closing.authorRole(), closing.inReplyTo(), closing.authorName()), "an admin is staff too");
        byte[] file = Files.readAllBytes(Fixtures.file("own/ticket_audits-1001.json"));
        byte[] raw = s.accepted.get(1).raw().getBytes(StandardCharsets.UTF_8);
        int at = (int) s.accepted.get(1).offset();
        assertArrayEquals(Arrays.copyOfRange(file, at, at + raw.length), raw, "the raw record is the audit's bytes");
        assertTrue(s.accepted.get(1).raw().startsWith("{\n      \"id\": 70002,"));
    }

    @Test
    void aCommentsListTakesItsTicketFromTheFileNameAndTheAgentAnswersTheFirstUnansweredMessage() throws Exception {
        CapturingSink s = CapturingSink.read(new ZendeskImporter(), Fixtures.file("own/ticket_comments-1002.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("ticket:1002", "comment:90102", "comment:90103", "comment:90104"), s.sourceIds());
        assertEquals("ticket:1002", s.bySourceId("comment:90102").inReplyTo(), "a nudge stays in the thread");
        assertEquals("ticket:1002", s.bySourceId("comment:90103").inReplyTo(),
                "the answer counts from when the customer started waiting");
        assertEquals(InteractionKind.MESSAGE, s.bySourceId("comment:90104").kind());
        assertEquals("1002", s.bySourceId("comment:90103").threadId());
        assertNull(s.bySourceId("comment:90103").space(), "the ticket is not in this file");
    }

    @Test
    void thePublicGoZendeskFixtures() throws Exception {
        CapturingSink tickets = CapturingSink.read(new ZendeskImporter(), Fixtures.file("public/gozendesk_tickets.json"));
        assertEquals(List.of(), tickets.rejected);
        Interaction mail = tickets.bySourceId("ticket:2");
        assertEquals("377922500012", mail.authorHandle(), "an id above 2^31, as digits");
        assertEquals("Yosuke Tamura", mail.authorName(), "from via.source.from of an e-mail ticket");
        assertEquals("Mail to create fixture ticket for testing\n\nnukosuke (●ↀ ω ↀ●)", mail.text(),
                "the subject is not repeated when the description starts with it");
        assertEquals("d3v-terraform-provider.zendesk.com", mail.space());
        Interaction web = tickets.bySourceId("ticket:3");
        assertNull(web.authorName(), "a web ticket's 'from' is empty");
        assertEquals("にゃー\n\nぬこすけ", web.text());
        assertEquals(Instant.parse("2019-06-03T02:34:52Z"), web.createdAt());

        CapturingSink comments = CapturingSink.read(new ZendeskImporter(), Fixtures.file("public/gozendesk_ticket_comments.json"));
        assertEquals(List.of(), comments.rejected);
        assertEquals(List.of("comment:2", "comment:3"), comments.sourceIds(), "no ticket id anywhere: comment ids");
        assertEquals(InteractionKind.TICKET, comments.bySourceId("comment:2").kind());
        assertNull(comments.bySourceId("comment:2").threadId());
        assertEquals("comment:2", comments.bySourceId("comment:3").inReplyTo());
        assertEquals(ActorRole.CUSTOMER, comments.bySourceId("comment:3").authorRole(),
                "the opener's author is the requester");
    }

    @Test
    void theTicketIdOfACommentsFileName() {
        assertEquals("1002", FileNames.ticketIdOf("ticket_comments-1002.json"));
        assertEquals("77", FileNames.ticketIdOf("tickets-77-comments.json"));
        assertNull(FileNames.ticketIdOf("ticket_comments.json"));
        assertNull(FileNames.ticketIdOf("tickets-2025.json"), "not a comments file");
    }
}
