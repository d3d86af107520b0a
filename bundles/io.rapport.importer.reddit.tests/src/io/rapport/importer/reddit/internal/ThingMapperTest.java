package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

class ThingMapperTest {
    private final ThingMapper mapper = new ThingMapper();

    private static RedditThing comment(String id, String parent, String link) {
        RedditThing t = new RedditThing();
        t.id = id;
        t.parentId = parent;
        t.linkId = link;
        t.author = "kim";
        t.body = "hello";
        t.createdUtc = "1709283600";
        return t;
    }

    @ParameterizedTest
    @CsvSource({ "1709283600, 2024-03-01T09:00:00Z", "1709283600.0, 2024-03-01T09:00:00Z",
            "1595067967.25, 2020-07-18T10:26:07.250Z", "' 1709283600 ', 2024-03-01T09:00:00Z" })
    void createdUtcIsReadAsNumberOrString(String value, String expected) throws Exception {
        assertEquals(Instant.parse(expected), CreatedUtc.parse(value));
    }

    @ParameterizedTest
    @CsvSource({ "yesterday, 'not seconds since the epoch'", "-5, 'not a date between 2000 and 2200'",
            "1e300, 'not a date between 2000 and 2200'" })
    void aBrokenCreatedUtcIsRejectedNamingTheField(String value, String reason) {
        BadRecordException e = assertThrows(BadRecordException.class, () -> CreatedUtc.parse(value));
        assertEquals(true, e.getMessage().startsWith("'created_utc'") && e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aCommentOnASubmissionIsACommentAndOnACommentAReply() throws Exception {
        Interaction top = mapper.map(comment("c1", "t3_s1", "t3_s1"));
        assertEquals(List.of("t1_c1", "COMMENT", "t3_s1", "t3_s1"),
                List.of(top.sourceId(), top.kind().name(), top.inReplyTo(), top.threadId()));
        Interaction reply = mapper.map(comment("c2", "t1_c1", "t3_s1"));
        assertEquals(List.of("t1_c2", "REPLY", "t1_c1", "t3_s1"),
                List.of(reply.sourceId(), reply.kind().name(), reply.inReplyTo(), reply.threadId()));
    }

    @Test
    void unprefixedParentIdsOfEarlyDumpsAreResolvedThroughTheLinkId() throws Exception {
        assertEquals("t3_s1", mapper.map(comment("c1", "s1", "t3_s1")).inReplyTo());
        assertEquals(InteractionKind.REPLY, mapper.map(comment("c2", "c1", "s1")).kind());
        assertEquals("t1_c1", mapper.map(comment("c2", "c1", "s1")).inReplyTo());
    }

    @Test
    void aSubmissionIsAPostThatStartsItsOwnThreadWithTitleAndSelfText() throws Exception {
        RedditThing t = new RedditThing();
        t.id = "s1";
        t.title = "Outage?";
        t.selftext = "Router red. u/Acme_Help /u/other-one help";
        t.author = "kim";
        t.createdUtc = "1709283600";
        t.subreddit = "Acme";
        t.numComments = 4L;
        t.score = -2L;
        Interaction i = mapper.map(t);
        assertEquals(List.of("t3_s1", "POST", "t3_s1", "r/Acme", "Outage?\n\nRouter red. u/Acme_Help /u/other-one help"),
                List.of(i.sourceId(), i.kind().name(), i.threadId(), i.space(), i.text()));
        assertNull(i.inReplyTo());
        assertEquals(4L, i.replies());
        assertNull(i.likes(), "a negative score is no like count");
        assertEquals(List.of("Acme_Help", "other-one"), i.mentions());
    }

    @Test
    void removedAndDeletedPlaceholdersAreNoTextAndDeletedAuthorsStayDeleted() throws Exception {
        RedditThing t = comment("c1", "t3_s1", "t3_s1");
        t.body = "[removed]";
        t.author = null;
        Interaction i = mapper.map(t);
        assertNull(i.text());
        assertEquals("[deleted]", i.authorHandle());
    }

    @Test
    void mentionsAreNotFoundInsideWordsOrUrls() {
        assertEquals(List.of(), Mentions.in("see menu/items or https://reddit.com/u/someone"));
        assertEquals(List.of("abc"), Mentions.in("ping u/abc, u/abc again; u/ab is too short"));
    }

    @Test
    void aRecordMissingItsIdOrKindIsRejectedNamingWhatIsMissing() {
        RedditThing noId = comment(null, "t3_s1", "t3_s1");
        assertEquals("missing required field 'id'", assertThrows(BadRecordException.class, () -> mapper.map(noId)).getMessage());
        RedditThing neither = new RedditThing();
        neither.id = "x";
        neither.createdUtc = "1709283600";
        assertEquals(true, assertThrows(BadRecordException.class, () -> mapper.map(neither)).getMessage()
                .startsWith("neither a comment nor a submission"));
        RedditThing noTime = comment("c1", "t3_s1", "t3_s1");
        noTime.createdUtc = null;
        assertEquals("missing required field 'created_utc'", assertThrows(BadRecordException.class, () -> mapper.map(noTime)).getMessage());
    }
}
