package io.rapport.importer.discourse.internal;

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

/** The mapping of topics and post lists, field by field, read straight from the importer (no store). */
class MappingTest {

    @Test
    void aSupportTopicWithAStaffAnswerAWhisperAndASmallAction() throws Exception {
        CapturingSink s = CapturingSink.read(new DiscourseImporter(), Fixtures.file("own/topic-4711.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("4711/1", "4711/2", "4711/3", "4711/4", "4711/5"), s.sourceIds(),
                "the small action 'closed this topic' is not an interaction");

        Interaction question = s.bySourceId("4711/1");
        assertEquals("discourse", question.channel());
        assertEquals(InteractionKind.POST, question.kind());
        assertEquals("marta_k", question.authorHandle());
        assertEquals("Marta Kowalska", question.authorName());
        assertNull(question.authorRole(), "not staff: the project settings decide");
        assertEquals(Instant.parse("2025-05-12T07:58:41.112Z"), question.createdAt());
        assertEquals("Since upgrading to 5.1 the desktop app stops syncing after a few minutes. The log says:\n\n"
                + "SyncError: token expired (code 401)\n\nRestarting helps for ~10 minutes. Is this a known issue? I"
                + " followed the sync guide & re-logged in.", question.text(), "the link preview (onebox) is dropped");
        assertNull(question.inReplyTo());
        assertEquals("4711", question.threadId());
        assertEquals("category:7", question.space(), "the category follows the posts in the file");
        assertEquals("/t/desktop-sync-stops-after-5-1/4711/1", question.url());
        assertEquals(List.of(4L, 1L), List.of(question.likes(), question.replies()));

        Interaction sameHere = s.bySourceId("4711/2");
        assertEquals(InteractionKind.REPLY, sameHere.kind());
        assertEquals("4711/1", sameHere.inReplyTo(), "no reply_to_post_number: a reply to the topic");
        assertNull(sameHere.authorName(), "an empty name is no name");
        assertEquals("Same here :frowning: Windows 11, also since 5.1.", sameHere.text());

        Interaction answer = s.bySourceId("4711/3");
        assertEquals(List.of(InteractionKind.REPLY, ActorRole.STAFF, "4711/1"),
                List.of(answer.kind(), answer.authorRole(), answer.inReplyTo()));
        assertNull(answer.authorDepartment(), "the forum does not say; the project's staff list may");
        assertEquals("Hi @marta_k, thanks for the log! 5.1 refreshes the token too late. Please update to 5.1.2:\n\n"
                + "Open Settings → About\nClick Check for updates\n\nThat fixes it :slight_smile:", answer.text(),
                "the quote of the question is dropped");
        assertEquals(List.of("marta_k"), answer.mentions());
        assertEquals(7L, answer.likes());

        Interaction whisper = s.bySourceId("4711/4");
        assertEquals(List.of(InteractionKind.MESSAGE, ActorRole.STAFF), List.of(whisper.kind(), whisper.authorRole()));
        assertNull(whisper.inReplyTo(), "a staff-only whisper answers no one");

        Interaction thanks = s.bySourceId("4711/5");
        assertEquals("4711/3", thanks.inReplyTo());
        assertEquals("Updated – that fixed it, thank you!", thanks.text());

        byte[] file = Files.readAllBytes(Fixtures.file("own/topic-4711.json"));
        CapturingSink.Accepted first = s.accepted.get(2);
        byte[] raw = first.raw().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(Arrays.copyOfRange(file, (int) first.offset(), (int) first.offset() + raw.length), raw,
                "the raw record is the post's bytes, after multi-byte characters too");
        first = s.accepted.get(0);
        assertTrue(first.raw().startsWith("{\n        \"id\": 52001,") && first.raw().endsWith("\"accepted_answer\": false\n      }"));
    }

    @Test
    void aPostsChunkLinksToPostsOfAnotherFileByNumber() throws Exception {
        CapturingSink s = CapturingSink.read(new DiscourseImporter(), Fixtures.file("own/topic-4711-posts.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals("4711/3", s.bySourceId("4711/7").inReplyTo());
        Interaction staff = s.bySourceId("4711/8");
        assertEquals(List.of(ActorRole.STAFF, "4711/7", List.of("leo.b")),
                List.of(staff.authorRole(), staff.inReplyTo(), staff.mentions()));
        assertNull(staff.space(), "a posts list names no category");
        assertEquals("5.1.2 works for me too.\nBut the tray icon still says offline :thinking:", s.bySourceId("4711/7").text());
    }

    @Test
    void latestPostsNameTheirTopicAndCategoryEachAndLinkByNumber() throws Exception {
        CapturingSink s = CapturingSink.read(new DiscourseImporter(), Fixtures.file("own/latest-posts-discourse.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("4802/3", "4802/2", "4802/1"), s.sourceIds(), "newest first, as listed");
        Interaction question = s.bySourceId("4802/1");
        assertEquals(List.of(InteractionKind.POST, "category:7", "4802", "/t/tray-icon-stays-grey/4802/1"),
                Arrays.asList(question.kind(), question.space(), question.threadId(), question.url()));
        assertEquals("Leo Brandt", question.authorName(), "an empty name falls back to display_username");
        Interaction answer = s.bySourceId("4802/2");
        assertEquals(Arrays.asList(ActorRole.STAFF, "4802/1", "category:7", 3L),
                Arrays.asList(answer.authorRole(), answer.inReplyTo(), answer.space(), answer.likes()));
        assertEquals("Fixed in 5.1.3, out today & rolling out to everyone by Friday.", answer.text());
        assertEquals("4802/2", s.bySourceId("4802/3").inReplyTo());
    }

    @Test
    void theOldSchemaPublicTopicWithLocalOffsets() throws Exception {
        CapturingSink s = CapturingSink.read(new DiscourseImporter(), Fixtures.file("public/discourse_api_topic.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("57/1", "57/2", "57/3", "57/14"), s.sourceIds());
        Interaction first = s.bySourceId("57/1");
        assertEquals(Instant.parse("2013-02-04T20:26:26.278Z"), first.createdAt(), "-05:00 converted to UTC");
        assertEquals(ActorRole.STAFF, first.authorRole(), "staff: true, admin: null");
        assertEquals("category:13", first.space());
        assertTrue(first.text().startsWith("Welcome!\n\nTry is a sandbox, a safe place to play with Discourse and its"
                + " features.\n\nThis site is reset every day (or even more often)."), first.text());
        assertNull(s.bySourceId("57/3").text(), "an image-only post");
        assertEquals("57/1", s.bySourceId("57/14").inReplyTo());

        CapturingSink posts = CapturingSink.read(new DiscourseImporter(), Fixtures.file("public/discourse_api_topic_posts.json"));
        assertEquals(List.of(), posts.rejected);
        Interaction p = posts.bySourceId("57/2");
        assertEquals(List.of("Some-username", "Someones Name", 3L), List.of(p.authorHandle(), p.authorName(), p.likes()));
        assertNull(p.authorRole());
        assertEquals("57", p.threadId(), "the topic id of a posts list comes after its posts");
    }
}
