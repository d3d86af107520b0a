package io.rapport.importer.mastodon.internal;

import io.rapport.testsupport.CapturingSink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.core.store.RecordError;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The mapping of each shape, field by field, read straight from the importer (no store). */
class MappingTest {
    private static final String ACME = "https://social.example/users/acme/statuses/";

    @Test
    void theArchiveOutboxWithItsOrderedItemsKeyTwiceAndItsActor() throws Exception {
        CapturingSink s = CapturingSink.read(new MastodonImporter(), Fixtures.file("own/outbox.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(5, s.accepted.size(), "both orderedItems arrays are read");

        Interaction post = s.bySourceId(ACME + "109000000000000001");
        assertEquals("mastodon", post.channel());
        assertEquals(InteractionKind.POST, post.kind());
        assertEquals("acme@social.example", post.authorHandle());
        assertEquals("ACME Support", post.authorName(), "display name from actor.json");
        assertNull(post.authorRole(), "the project settings decide who is ours");
        assertEquals(Instant.parse("2025-03-03T09:15:02Z"), post.createdAt());
        assertEquals("Our spring release is out! 🎉\n\nHighlights:\n– faster sync\n– offline mode & dark theme\n\n"
                + "Details: https://acme.example/blog/spring-2025 #release", post.text());
        assertNull(post.inReplyTo());
        assertEquals("tag:social.example,2025-03-03:objectId=4411:objectType=Conversation", post.threadId());
        assertEquals("https://social.example/@acme/109000000000000001", post.url());
        assertEquals(List.of(31L, 9L, 4L), Arrays.asList(post.likes(), post.shares(), post.replies()));
        assertEquals("en", post.language());
        assertEquals(List.of(), post.mentions());

        Interaction reply = s.bySourceId(ACME + "109000000000000002");
        assertEquals(InteractionKind.REPLY, reply.kind());
        assertEquals("https://mastodon.example/users/carol/statuses/113100000000000007", reply.inReplyTo());
        assertEquals(List.of("carol@mastodon.example"), reply.mentions());
        assertEquals("@carol Sorry about that! Could you tell us which version you're on? We'll look into it right away.",
                reply.text());
        assertEquals(Arrays.asList((Long) null, null, null), Arrays.asList(reply.likes(), reply.shares(), reply.replies()),
                "no counts in the file: unknown, not zero");

        Interaction boost = s.bySourceId(ACME + "109000000000000003/activity");
        assertEquals(InteractionKind.SHARE, boost.kind());
        assertEquals("https://mastodon.example/users/carol/statuses/113100000000000010", boost.url());
        assertNull(boost.text());
        assertEquals(Instant.parse("2025-03-03T11:30:00Z"), boost.createdAt());

        Interaction mention = s.bySourceId(ACME + "109000000000000004");
        assertEquals(InteractionKind.MENTION, mention.kind());
        assertEquals(List.of("dana@social.example", "erik@fosstodon.example"), mention.mentions(),
                "a local mention (@dana) is qualified with its server");
        assertEquals("de", mention.language());
        assertEquals(Instant.parse("2025-03-04T08:00:00.250Z"), mention.createdAt());

        Interaction followUp = s.bySourceId(ACME + "109000000000000005");
        assertEquals(Instant.parse("2025-03-04T11:45:00Z"), followUp.createdAt(), "the activity's published, to UTC");
        assertEquals(ACME + "109000000000000001", followUp.inReplyTo());
        assertEquals(post.threadId(), followUp.threadId());
    }

    @Test
    void rawRecordsAreTheFilesBytesExactly() throws Exception {
        Path f = Fixtures.file("own/outbox.json");
        byte[] file = Files.readAllBytes(f);
        CapturingSink s = CapturingSink.read(new MastodonImporter(), f);
        for (CapturingSink.Accepted a : s.accepted) {
            byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(Arrays.copyOfRange(file, (int) a.offset(), (int) a.offset() + raw.length), raw);
            assertTrue(a.raw().startsWith("{") && a.raw().endsWith("}"));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), s.accepted.stream().map(CapturingSink.Accepted::record).toList());
    }

    @Test
    void anApiStatusListResolvesRepliesThroughTheFileAndLocalAccountUris() throws Exception {
        CapturingSink s = CapturingSink.read(new MastodonImporter(), Fixtures.file("own/statuses-home.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(6, s.accepted.size());

        Interaction carol = s.bySourceId("https://mastodon.example/users/carol/statuses/113100000000000031");
        assertEquals(InteractionKind.REPLY, carol.kind());
        assertEquals(ACME + "109000000000000002", carol.inReplyTo(),
                "local id 109000000000000002 of our account: named by our account's URI");
        assertEquals("carol@mastodon.example", carol.authorHandle());
        assertEquals("Carol ☕", carol.authorName());
        assertEquals("@acme 4.1.3 on Android. It crashes when I open settings 😕", carol.text());
        assertEquals(List.of("acme@social.example"), carol.mentions());
        assertEquals(Instant.parse("2025-03-03T10:20:11Z"), carol.createdAt());
        assertEquals("https://mastodon.example/@carol/113100000000000031", carol.url());

        Interaction ours = s.bySourceId(ACME + "113100000000000300");
        assertEquals(carol.sourceId(), ours.inReplyTo(), "parent listed later in the file");
        assertEquals("acme@social.example", ours.authorHandle(), "local acct qualified with the server");
        assertEquals(List.of(3L, 0L, 0L), Arrays.asList(ours.likes(), ours.shares(), ours.replies()));

        Interaction boost = s.bySourceId("https://mastodon.example/users/dave/statuses/113100000000000150/activity");
        assertEquals(InteractionKind.SHARE, boost.kind());
        assertEquals(ACME + "109000000000000001", boost.url());
        assertEquals(ACME + "109000000000000001", boost.threadId(), "a boost is in the boosted status's thread");

        Interaction question = s.bySourceId("https://social.example/users/frank/statuses/113100000000000100");
        assertEquals(InteractionKind.MENTION, question.kind());
        assertEquals("frank@social.example", question.authorHandle());
        assertEquals(question.sourceId(), question.threadId());
        Interaction answer = s.bySourceId("https://fosstodon.example/users/grace/statuses/113099000000000042");
        assertEquals(question.sourceId(), answer.inReplyTo());
        assertEquals(question.sourceId(), answer.threadId(), "root found through the file");

        Interaction orphan = s.bySourceId("https://chaos.example/users/heidi/statuses/113099500000000001");
        assertEquals(InteractionKind.REPLY, orphan.kind());
        assertNull(orphan.inReplyTo(), "a remote parent not in the file cannot be named");
        assertNull(orphan.threadId());
        assertEquals("Agreed — the new UI is much better.", orphan.text());
    }

    @Test
    void aContextThreadsEveryStatusToItsRoot() throws Exception {
        CapturingSink s = CapturingSink.read(new MastodonImporter(), Fixtures.file("own/context-invoice.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(4, s.accepted.size());
        String root = "https://chaos.example/users/ivan/statuses/113199000000000001";
        s.accepted.forEach(a -> assertEquals(root, a.interaction().threadId(), a.interaction().sourceId()));
        assertEquals(root, s.bySourceId(ACME + "113200000000000002").inReplyTo());
        assertEquals(ACME + "113200000000000002",
                s.bySourceId("https://chaos.example/users/ivan/statuses/113199000000000007").inReplyTo());
    }

    @Test
    void notificationsGiveTheirStatusesAndRepliesToUsLinkThroughOurMentionedAccount() throws Exception {
        CapturingSink s = CapturingSink.read(new MastodonImporter(), Fixtures.file("own/notifications-march.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(3, s.accepted.size(), "the follow carries no status");
        Interaction karl = s.bySourceId("https://mastodon.example/users/karl/statuses/113301000000000001");
        assertEquals(ACME + "109000000000000001", karl.inReplyTo());
        assertEquals(List.of(1L, 3L), List.of(s.accepted.get(0).record(), s.accepted.get(1).record()),
                "record numbers count the follow too");
        Interaction lena = s.bySourceId("https://fosstodon.example/users/lena/statuses/113302000000000555");
        assertEquals(InteractionKind.MENTION, lena.kind());
        assertEquals("Big fan of @acme's new dark theme\nfinally!", lena.text());
    }

    @Test
    void publicFixturesOfEveryShape() throws Exception {
        CapturingSink create = CapturingSink.read(new MastodonImporter(), Fixtures.file("public/bovine_mastodon_flow_2_create_note.json"));
        assertEquals(List.of(), create.rejected);
        Interaction note = create.bySourceId("https://mastodon/users/remote-user/statuses/109820990504");
        assertEquals("remote-user@mastodon", note.authorHandle());
        assertEquals("Mastodon delete test data generation.", note.text(), "double-escaped content");
        assertEquals("tag:mastodon,2023-02-07:objectId=f5354:objectType=Conversation", note.threadId());
        assertEquals("en", note.language());
        assertEquals(Files.readString(Fixtures.file("public/bovine_mastodon_flow_2_create_note.json")).strip(),
                create.accepted.get(0).raw(), "a lone activity's raw record is the whole document");

        CapturingSink update = CapturingSink.read(new MastodonImporter(), Fixtures.file("public/bovine_mastodon_flow_1_update_note.json"));
        Interaction edited = update.bySourceId("https://mastodon/users/john/statuses/9876");
        assertEquals("Creating Test Data!!! :)\n\nBy updating it 🆕", edited.text());
        assertEquals(Instant.parse("2023-02-04T08:52:55Z"), edited.createdAt(), "the note's first publication");

        CapturingSink page = CapturingSink.read(new MastodonImporter(), Fixtures.file("public/fedify_orderedcollectionpage.json"));
        assertEquals(List.of(), page.rejected);
        Interaction simple = page.bySourceId("https://example.com/notes/1");
        assertEquals("This is a simple note", simple.text());
        assertEquals("1@example.com", simple.authorHandle(), "read from the actor URI by Mastodon's scheme");
        assertEquals(simple.sourceId(), simple.threadId(), "no conversation: a top-level note is its thread's root");

        CapturingSink status = CapturingSink.read(new MastodonImporter(), Fixtures.file("public/bigbone_status_with_previewcard.json"));
        Interaction hotTake = status.bySourceId("https://fosstodon.org/users/jaxwxboss/statuses/111337272989523541");
        assertEquals("jaxwxboss@fosstodon.org", hotTake.authorHandle());
        assertTrue(hotTake.text().startsWith("Just a hot take.\n\nNo matter how 'advanced' governments"), hotTake.text());
        assertTrue(hotTake.text().endsWith("\n\nhttps://youtu.be/X_TLztvV4ns?si=uGz-23iyZs0yoe5r"), hotTake.text());

        CapturingSink context = CapturingSink.read(new MastodonImporter(), Fixtures.file("public/bigbone_context.json"));
        assertEquals(List.of(), context.rejected);
        assertTrue(context.accepted.size() >= 2);
        Interaction first = context.bySourceId("tag:mstdn.onosendai.jp,2017-05-03:objectId=141300:objectType=Status");
        assertEquals("test@mstdn.onosendai.jp", first.authorHandle());
        assertEquals("何年ぶりだろう。「ミラノサンド」と発音したのは", first.text());
        Interaction second = context.accepted.get(1).interaction();
        assertEquals(first.sourceId(), second.inReplyTo());
        assertEquals(first.sourceId(), second.threadId());
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndOffsetsStillPointAtTheRecord(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        byte[] body = Files.readAllBytes(Fixtures.file("own/context-invoice.json"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = Files.write(tmp.resolve("context-bom.json"), withBom);
        CapturingSink s = CapturingSink.read(new MastodonImporter(), f);
        assertEquals(4, s.accepted.size());
        CapturingSink.Accepted a = s.accepted.get(2);
        byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(Arrays.copyOfRange(withBom, (int) a.offset(), (int) a.offset() + raw.length), raw);
    }

    static String reasons(List<RecordError> errors) {
        return errors.stream().map(e -> e.line() + "@" + e.offset() + ": " + e.reason()).toList().toString();
    }
}
