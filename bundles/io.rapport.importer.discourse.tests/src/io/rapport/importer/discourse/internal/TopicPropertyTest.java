package io.rapport.importer.discourse.internal;


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
 * Properties of the Discourse importer over generated topics (jqwik; a failure prints the seed and the shrunk
 * sample): any posts read back exactly (cooked HTML as text, replies by number), and any byte damage ends in
 * clean rejections or one I/O error, never in silence for a cut file.
 */
class TopicPropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\"post_number\":", "\"posts\":[", "<aside>", "&amp;", "é", "\uD83D\uDE00", "\n");

    @Provide
    Arbitrary<Topic> topics() {
        return Topics.topics();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/topic-4711.json", "own/topic-4711-posts.json",
            "public/discourse_api_topic.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void postsReadBackExactly(@ForAll("topics") Topic topic) throws IOException {
        CapturingSink s = CapturingSink.read(new DiscourseImporter(), new MemoryInput("topic-" + topic.id() + ".json",
                TopicWriter.write(topic)));
        RoundTrip.assertReadBackExactly(topic.expected(), s);
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejections(@ForAll("topics") Topic topic, @ForAll("damage") List<ByteDamage> damage) {
        byte[] original = TopicWriter.write(topic);
        assertCleanAnswer("topic.json", original, ByteDamage.applyAll(original, damage, TOKENS));
    }

    /** The fixtures of real shape (exports, API answers, public samples), damaged the same way. */
    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedFixturesEndInCleanRejections(@ForAll("fixtures") String fixture,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.file(fixture));
        assertCleanAnswer(Path.of(fixture).getFileName().toString(), original,
                ByteDamage.applyAll(original, damage, TOKENS));
    }

    private static void assertCleanAnswer(String fileName, byte[] original, byte[] damaged) {
        DamageAnswer.readDamagedDocument(new DiscourseImporter(), new MemoryInput(fileName, damaged), original, damaged);
    }
}
