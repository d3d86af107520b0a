package io.rapport.importer.meta.internal;

import io.rapport.testsupport.CapturingSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Exact mapped values, without a store. */
class MappingTest {

    @Test
    void graphFeedPostsCommentsAndNestedReplies() throws Exception {
        CapturingSink s = CapturingSink.read(new MetaImporter(), Fixtures.file("own/acme-page-feed.graph.json"));
        assertEquals(List.of(), s.rejected);
        Interaction post = s.bySourceId("104857600000001_200000000000001");
        assertEquals(List.of("facebook", "post", "104857600000001", "Acme Café", "104857600000001"),
                List.of(post.channel(), post.kind().id(), post.authorHandle(), post.authorName(), post.space()));
        assertEquals(List.of(41L, 3L, 3L), List.of(post.likes(), post.shares(), post.replies()));
        assertEquals("https://www.facebook.com/104857600000001/posts/200000000000001", post.url());
        Interaction reply = s.bySourceId("200000000000001_300000000000002");
        assertEquals(InteractionKind.REPLY, reply.kind());
        assertEquals("200000000000001_300000000000001", reply.inReplyTo());
        assertEquals("104857600000001_200000000000001", reply.threadId());
        Interaction withheld = s.bySourceId("200000000000001_300000000000003");
        assertEquals(GraphMapper.ANONYMOUS, withheld.authorHandle());
        assertEquals(Instant.parse("2019-01-02T10:00:00Z"), withheld.createdAt(), "+0100 converted to UTC");
        assertEquals("Are you open on the 6th? Ordered a cake and nobody answers the phone 😞",
                s.bySourceId("200000000000001_300000000000001").text());
        assertEquals("Acme Café shared a link.", s.bySourceId("104857600000001_200000000000002").text());
        assertRawIsTheFilesBytes(s, "own/acme-page-feed.graph.json");
    }

    @Test
    void facebookDownloadTextIsRepairedAndIdsAreStable() throws Exception {
        CapturingSink s = CapturingSink.read(new MetaImporter(), Fixtures.file("own/your_posts_1.json"));
        assertEquals(List.of("New menu at Acme Café: crème brûlée is back!", "Thank you all 😀🎉 for 10 years!",
                "Crème brûlée recipe à la maison"), s.accepted.stream().map(a -> a.interaction().text()).limit(3).toList());
        Interaction first = s.accepted.get(0).interaction();
        assertEquals(List.of("facebook", "post", DownloadMapper.OWNER), List.of(first.channel(), first.kind().id(),
                first.authorHandle()));
        assertEquals(Instant.ofEpochSecond(1700000000), first.createdAt());
        assertTrue(first.sourceId().matches("dyi-[0-9a-f]{24}"), first.sourceId());
        assertEquals(first.sourceId(), CapturingSink.read(new MetaImporter(), Fixtures.file("own/your_posts_1.json")).accepted.get(0)
                .interaction().sourceId(), "the derived id is the same on every import");
        assertNotEquals(s.accepted.get(3).interaction().sourceId(), s.accepted.get(2).interaction().sourceId());
        assertTrue(s.accepted.get(0).raw().contains("Caf\\u00c3\\u00a9"), "the raw record stays as downloaded");
        assertRawIsTheFilesBytes(s, "own/your_posts_1.json");

        CapturingSink c = CapturingSink.read(new MetaImporter(), Fixtures.file("own/comments.json"));
        Interaction comment = c.accepted.get(1).interaction();
        assertEquals(List.of("comment", "Acme Café", "Das Frühstück ist ab 8 Uhr 🍳"),
                List.of(comment.kind().id(), comment.authorName(), comment.text()));
    }

    @Test
    void instagramPostsReelsAndComments() throws Exception {
        CapturingSink p = CapturingSink.read(new MetaImporter(), Fixtures.file("own/posts_1.json"));
        assertEquals(List.of("Latte art Sunday ☕️ #acmecafe\nCome by!", "Señora Pérez bakes 🥐"),
                p.accepted.stream().map(a -> a.interaction().text()).toList());
        assertEquals(Instant.ofEpochSecond(1700400000), p.accepted.get(1).interaction().createdAt(),
                "no post-level time: the first medium's");
        assertTrue(p.accepted.stream().allMatch(a -> a.interaction().channel().equals("instagram")));
        CapturingSink c = CapturingSink.read(new MetaImporter(), Fixtures.file("own/post_comments_1.json"));
        Interaction first = c.accepted.get(0).interaction();
        assertEquals(List.of("instagram", "comment", "So good 😍", "baristabeth"),
                List.of(first.channel(), first.kind().id(), first.text(), first.space()));
        CapturingSink reels = CapturingSink.read(new MetaImporter(), Fixtures.file("public/flock_test_video_reels.json"));
        assertEquals("Pokemon test video", reels.accepted.get(0).interaction().text());
        assertRawIsTheFilesBytes(reels, "public/flock_test_video_reels.json");
    }

    @Test
    void graphPhotoWithOnlyACommentsEdge() throws Exception {
        CapturingSink s = CapturingSink.read(new MetaImporter(), Fixtures.file("public/restfb_photo-comments.json"));
        Interaction c = s.bySourceId("45672463272_3527532723");
        assertEquals(List.of("comment", "12345678943537", "12345678943537", "123456789", "Test Users"),
                List.of(c.kind().id(), c.inReplyTo(), c.threadId(), c.authorHandle(), c.authorName()));
        assertRawIsTheFilesBytes(s, "public/restfb_photo-comments.json");
    }

    @Test
    void instagramGraphMediaCommentsAndRepliesAreToldFromFacebooksByTheirFields() throws Exception {
        // the file name does not say instagram: the records' fields do
        CapturingSink s = CapturingSink.read(new MetaImporter(), Fixtures.file("own/acme-ig-media.graph.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("17895695668004550", "17858893269000001", "17858893269000002", "17858893269000003",
                "17895695668004551"), s.sourceIds());
        assertTrue(s.accepted.stream().allMatch(a -> a.interaction().channel().equals("instagram")));
        Interaction media = s.bySourceId("17895695668004550");
        assertEquals(Arrays.asList("post", "acmecafe", null, "17895695668004550", null),
                Arrays.asList(media.kind().id(), media.authorHandle(), media.authorName(), media.threadId(),
                        media.space()));
        assertEquals("Pumpkin spice is back ☕️🎃\nAll October at every Acme Café.", media.text());
        assertEquals(Instant.parse("2019-10-01T08:00:00Z"), media.createdAt());
        assertEquals("https://www.instagram.com/p/CxAcmePumpk/", media.url());
        assertEquals(List.of(212L, 3L), Arrays.asList(media.likes(), media.replies()));
        Interaction question = s.bySourceId("17858893269000001");
        assertEquals(List.of("comment", "baristabeth", "17895695668004550", "17895695668004550"),
                List.of(question.kind().id(), question.authorHandle(), question.inReplyTo(), question.threadId()));
        Interaction answer = s.bySourceId("17858893269000002");
        assertEquals(List.of("reply", "acmecafe", "17858893269000001", "17895695668004550"),
                List.of(answer.kind().id(), answer.authorHandle(), answer.inReplyTo(), answer.threadId()));
        assertEquals(List.of("baristabeth"), answer.mentions());
        Interaction thanks = s.bySourceId("17858893269000003");
        assertEquals(List.of("reply", "baristabeth", "17858893269000001"),
                List.of(thanks.kind().id(), thanks.authorHandle(), thanks.inReplyTo()),
                "no parent_id: a reply to the comment whose replies hold it; the handle from 'from'");
        assertEquals(Instant.parse("2019-10-01T09:30:00Z"), thanks.createdAt(), "+0100 converted to UTC");
        Interaction tagged = s.bySourceId("17895695668004551");
        assertEquals(List.of("mention", "joe.drinks.coffee", List.of("acmecafe")),
                List.of(tagged.kind().id(), tagged.authorHandle(), tagged.mentions()),
                "a caption mentioning an account; the sentence's full stop is not part of the name");
        assertRawIsTheFilesBytes(s, "own/acme-ig-media.graph.json");
        byte[] head = Files.readAllBytes(Fixtures.file("own/acme-ig-media.graph.json"));
        assertTrue(new MetaImporter().recognise("media.json", head).isClaim(), "recognised by its content");
    }

    @Test
    void graphSharedPostsAreSharesInTheThreadOfThePostTheyShare() throws Exception {
        CapturingSink s = CapturingSink.read(new MetaImporter(), Fixtures.file("own/acme-post-shares.graph.json"));
        assertEquals(List.of(), s.rejected);
        assertEquals(List.of("104857600000001_200000000000005", "5550007_400000000000001", "5550008_400000000000002"),
                s.sourceIds());
        Interaction share = s.bySourceId("5550007_400000000000001");
        assertEquals(Arrays.asList("facebook", "share", "5550007", "Mia Hart", null, "104857600000001_200000000000005",
                null), Arrays.asList(share.channel(), share.kind().id(), share.authorHandle(), share.authorName(),
                        share.inReplyTo(), share.threadId(), share.space()));
        assertEquals("Who's coming with me? 🍪", share.text());
        assertEquals("Tom Fox shared a post.", s.bySourceId("5550008_400000000000002").text(),
                "a share without a message: the feed's story");
        assertEquals(2L, s.bySourceId("104857600000001_200000000000005").shares());
        assertRawIsTheFilesBytes(s, "own/acme-post-shares.graph.json");
    }

    static void assertRawIsTheFilesBytes(CapturingSink s, String fixture) throws Exception {
        byte[] file = Files.readAllBytes(Fixtures.file(fixture));
        for (CapturingSink.Accepted a : s.accepted) {
            byte[] raw = a.raw().getBytes(StandardCharsets.UTF_8);
            assertTrue(Arrays.equals(raw, Arrays.copyOfRange(file, (int) a.offset(), (int) a.offset() + raw.length)),
                    "raw of " + a.interaction().sourceId() + " at " + a.offset());
        }
    }
}
