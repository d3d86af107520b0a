package io.rapport.importer.xapi.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.MemoryInput;
import io.rapport.testsupport.RoundTrip;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.PropertySeed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Properties of the X API v2 importer (jqwik; a failure prints the seed and the shrunk sample): any generated
 * responses collected one a line read back exactly (authors resolved through each response's users, replies
 * across responses); any byte damage ends in clean rejections or one I/O error, with the responses before the
 * first damaged byte imported, and a cut file never taken as complete.
 */
class ResponsePropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\n", "\"data\":[", "\"includes\":{}", "\\ud83d", "é", "\uD83D\uDE00");

    @Provide
    Arbitrary<List<List<Tweet>>> pages() {
        return TweetPages.pages();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/mentions-march.xapi.json", "own/outage.xapi.ndjson",
                "public/pytwitter_tweet_quote_tweets_resp.json", "public/twitter4s_tweets.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void responsesReadBackExactly(@ForAll("pages") List<List<Tweet>> pages) throws IOException {
        CapturingSink s = CapturingSink.read(new XApiImporter(), new MemoryInput("mentions.xapi.ndjson",
                ResponseWriter.write(pages).bytes()));
        RoundTrip.assertReadBackExactly(TweetPages.expected(pages), s);
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejectionsAndKeepsTheResponsesBefore(@ForAll("pages") List<List<Tweet>> pages,
            @ForAll("damage") List<ByteDamage> damage) {
        ResponseWriter file = ResponseWriter.write(pages);
        byte[] original = file.bytes();
        byte[] damaged = ByteDamage.applyAll(original, damage, TOKENS);
        DamageAnswer answer = assertCleanAnswer("mentions.xapi.ndjson", original, damaged);
        int firstDamaged = ByteDamage.firstDifference(original, damaged);
        for (int i = 0; i < pages.size() && file.lineEnds.get(i) <= firstDamaged; i++) {
            for (Tweet t : pages.get(i)) {
                assertTrue(answer.sink.sourceIds().contains(t.id()), "tweet " + t.id() + " of line " + (i + 1)
                        + " lies before the first damaged byte " + firstDamaged + " but was not imported: " + answer);
            }
        }
    }

    /** The fixtures of real shape (collected responses, public samples), damaged the same way. */
    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedFixturesEndInCleanRejections(@ForAll("fixtures") String fixture,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.file(fixture));
        assertCleanAnswer(Path.of(fixture).getFileName().toString(), original,
                ByteDamage.applyAll(original, damage, TOKENS));
    }

    private static DamageAnswer assertCleanAnswer(String fileName, byte[] original, byte[] damaged) {
        DamageAnswer answer = DamageAnswer.read(new XApiImporter(), new MemoryInput(fileName, damaged))
                .assertClean(damaged).assertOriginalsAreTheFilesBytes(damaged);
        if (ByteDamage.cutShort(original, damaged)) {
            // one response a line: a file cut at a line's end (or before the first) is a shorter valid file
            boolean atALineEnd = fileName.endsWith("ndjson") && (damaged.length == 0
                    || damaged[damaged.length - 1] == '\n' || original[damaged.length] == '\n');
            assertTrue(atALineEnd || answer.complained(), "a file cut short was taken as complete: " + answer);
        }
        return answer;
    }
}
