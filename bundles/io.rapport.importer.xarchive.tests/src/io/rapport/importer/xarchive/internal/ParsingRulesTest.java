package io.rapport.importer.xarchive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

/** The small rules of the format: dates, entities, long-post matching, reply chains, which zips are archives. */
class ParsingRulesTest {

    @Test
    void createdAtIsReadWithItsOffsetAsUtc() {
        assertEquals(Instant.parse("2018-10-10T20:19:24Z"), TwitterDate.parse("Wed Oct 10 20:19:24 +0000 2018"));
        assertEquals(Instant.parse("2018-10-10T18:49:24Z"), TwitterDate.parse("Wed Oct 10 20:19:24 +0130 2018"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-10-10T20:19:24Z", "Wed Oct 10 20:19:24 2018", "Wed Foo 10 20:19:24 +0000 2018",
            "Wed Feb 30 20:19:24 +0000 2018", "Wed Oct 10 25:19:24 +0000 2018", "Wed Oct 10 20:19:24 *0000 2018", "" })
    void anythingElseIsNotADate(String s) {
        assertNull(TwitterDate.parse(s));
    }

    @Test
    void htmlEntitiesAreDecodedOnce() {
        assertEquals("Q&A <3 > \"x\" '", HtmlEntities.decode("Q&amp;A &lt;3 &gt; &quot;x&quot; &#39;"));
        assertEquals("&lt; stays as typed", HtmlEntities.decode("&amp;lt; stays as typed"));
        assertEquals("\uD83C\uDF84 & &bogus; &", HtmlEntities.decode("&#x1F384; &amp; &bogus; &"));
    }

    @Test
    void aLongPostMatchesItsNoteByTimeAndVisiblePrefix() {
        NoteTweets notes = new NoteTweets();
        Instant t = Instant.parse("2024-02-15T09:30:00Z");
        notes.add(new NoteTweets.Note("n1", t.plusSeconds(1), "Other  post\nwith words", List.of()));
        notes.add(new NoteTweets.Note("n2", t, "We changed how returns work. Here is all of it, at length.", List.of()));
        assertEquals("n2", notes.find(t, "We changed how returns work. Here is\u2026 https://t.co/abc123").id());
        assertEquals("n1", notes.find(t.plusSeconds(2), "Other post with\u2026").id(), "whitespace collapsed, 1 s off");
        assertNull(notes.find(t.plusSeconds(5), "Other post with\u2026"), "too far apart in time");
        assertNull(notes.find(t, "A short tweet sent the same second"));
    }

    @Test
    void aReplyChainEndsAtItsRoot() {
        ReplyChains chains = new ReplyChains();
        for (long i = 2; i < 5000; i++) {
            chains.add(i, i - 1); // 4999 -> 4998 -> ... -> 1
        }
        chains.add(9000, 9001);
        chains.add(9001, 9000); // a cycle in damaged data ends
        assertEquals("1", chains.rootOf("4999"));
        assertEquals("1", chains.rootOf("1"));
        assertEquals("77777", chains.rootOf("77777"));
        assertEquals("not-a-number", chains.rootOf("not-a-number"));
        assertTrue(Long.parseLong(chains.rootOf("9000")) >= 9000);
        assertEquals(4998 + 2, chains.size());
    }

    @Test
    void aZipIsClaimedAsAWholeByTheTweetsInItsDataFolder() {
        XArchiveImporter importer = new XArchiveImporter();
        for (List<String> archive : List.of(List.of("Your archive.html", "data/account.js", "data/tweets.js"),
                List.of("twitter-2024/data/tweets-part1.js"), List.of("tweet.js", "account.js"))) {
            assertTrue(importer.recogniseArchive("export.zip", archive).isClaim(), archive.toString());
        }
        for (List<String> other : List.of(List.of("comments.jsonl", "reviews_x.csv"), List.of("data/tweets.jsx"),
                List.of("backup/2024/tweets.js"), List.<String>of())) {
            assertTrue(importer.recogniseArchive("twitter-2024.zip", other).isDenial(), other.toString());
        }
    }
}
