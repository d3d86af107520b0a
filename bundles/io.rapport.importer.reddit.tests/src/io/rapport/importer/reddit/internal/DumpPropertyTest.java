package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Properties of the Reddit importer (jqwik; a failure prints the seed and the shrunk sample): any generated dump,
 * plain or {@code .zst}, reads back exactly (fullnames, {@code created_utc} in all its notations, title and self
 * text, placeholders as no text, replies); any byte damage ends in clean rejections or one I/O error, with the
 * lines before the first damaged byte imported; nesting deeper than the parser's limit in any line is rejected as
 * a safety limit while the other lines import.
 */
class DumpPropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\n", "0", "-", ".", "e", "E", "\u00ff", "\"created_utc\":", "\"parent_id\":\"t1_x\"");

    @Provide
    Arbitrary<List<DumpThing>> dumps() {
        return Dumps.dumps();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("pushshift/RC_2024-03_nimbalo.ndjson", "pushshift/RS_2024-03_nimbalo.ndjson",
                "pushshift/RC_2024-03_nimbalo.zst", "public/goreddit_post_with_comments.json",
                "public/goreddit_subreddit_posts_listing.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void dumpsReadBackExactly(@ForAll("dumps") List<DumpThing> things, @ForAll boolean zstd) throws IOException {
        DumpWriter file = DumpWriter.write(things);
        CapturingSink s = CapturingSink.read(new RedditImporter(), new MemoryInput(zstd ? "RC_2024-03.zst"
                : "RC_2024-03.ndjson", zstd ? file.zstd() : file.bytes()));
        RoundTrip.assertReadBackExactly(Dumps.expected(things), s);
        for (int i = 0; i < things.size(); i++) {
            assertEquals(DumpWriter.line(things.get(i)), s.accepted.get(i).raw(), "the original line, byte for byte");
        }
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageKeepsTheLinesBeforeIt(@ForAll("dumps") List<DumpThing> things,
            @ForAll("damage") List<ByteDamage> damage) {
        DumpWriter file = DumpWriter.write(things);
        byte[] original = file.bytes();
        byte[] damaged = ByteDamage.applyAll(original, damage, TOKENS);
        DamageAnswer answer = assertCleanAnswer("RC_2024-03.ndjson", damaged);
        int firstDamaged = ByteDamage.firstDifference(original, damaged);
        for (int i = 0; i < things.size() && file.lineEnds.get(i) <= firstDamaged; i++) {
            assertTrue(answer.sink.sourceIds().contains(things.get(i).fullname()), "line " + (i + 1)
                    + " lies before the first damaged byte " + firstDamaged + " but was not imported: " + answer);
        }
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void damagedZstdEndsInCleanRejectionsOrAnError(@ForAll("dumps") List<DumpThing> things,
            @ForAll("damage") List<ByteDamage> damage) {
        byte[] damaged = ByteDamage.applyAll(DumpWriter.write(things).zstd(), damage, TOKENS);
        assertCleanAnswer("RC_2024-03.zst", damaged);
    }

    /** The fixtures of real shape (dumps, a compressed dump, API listings), damaged the same way. */
    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedFixturesEndInCleanRejectionsOrAnError(@ForAll("fixtures") String fixture,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] damaged = ByteDamage.applyAll(Files.readAllBytes(Fixtures.file(fixture)), damage, TOKENS);
        assertCleanAnswer(Path.of(fixture).getFileName().toString(), damaged);
    }

    /** Keeps what the mutation loop checked: nesting bombs reach the parser's safety limit, line by line. */
    @Property(tries = 60, seed = PropertySeed.FIXED)
    void nestingBeyondTheLimitIsRejectedAsASafetyLimit(@ForAll("dumps") List<DumpThing> things,
            @ForAll @IntRange(max = 100) int line, @ForAll @IntRange(min = 1, max = 50) int beyond,
            @ForAll boolean arrays) throws IOException {
        int bomb = line % things.size();
        String nesting = (arrays ? "[" : "{\"a\":").repeat(JsonFactories.MAX_NESTING + beyond);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < things.size(); i++) {
            String l = DumpWriter.line(things.get(i));
            text.append(i == bomb ? "{\"x\":" + nesting + l.substring(1) : l).append('\n');
        }
        CapturingSink s = CapturingSink.read(new RedditImporter(), new MemoryInput("RC_2024-03.ndjson",
                text.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, s.rejected.size(), "only the bomb's line is rejected: " + s.rejections());
        assertEquals(bomb + 1, s.rejected.get(0).line());
        assertTrue(s.rejected.get(0).reason().startsWith("input exceeds a safety limit"), s.rejections().toString());
        assertEquals(things.size() - 1, s.accepted.size(), "the other lines import");
    }

    private static DamageAnswer assertCleanAnswer(String fileName, byte[] damaged) {
        DamageAnswer answer = DamageAnswer.read(new RedditImporter(), new MemoryInput(fileName, damaged))
                .assertClean(damaged);
        assertTrue(damaged.length == 0 || answer.saidSomething(), "nothing read and nothing said: " + answer);
        for (CapturingSink.Accepted a : answer.sink.accepted) {
            assertTrue(a.interaction().sourceId().matches("t[13]_.+") && !a.raw().isEmpty(), "accepted " + a);
        }
        return answer;
    }
}
