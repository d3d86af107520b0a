package io.rapport.importer.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Interaction;
import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.MemoryInput;
import io.rapport.testsupport.RoundTrip;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;
import io.rapport.testsupport.jqwik.PropertySeed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Properties of the Meta importer (jqwik; a failure prints the seed and the shrunk sample): any generated Graph
 * API feed reads back exactly (ids, authors, times with {@code +0000} offsets, text, the comment or post each
 * comment answers); any generated download reads back with its mojibake repaired; any byte damage to generated
 * or fixture files ends in clean rejections or one I/O error, never in silence for a cut file.
 */
class MetaPropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\"comments\":{\"data\":[", "\"parent\":{}", "\\u00c3", "\\ud83d", "é", "\uD83D\uDE00", "\n");

    @Provide
    Arbitrary<List<GraphObject>> feeds() {
        return GraphFeeds.feeds();
    }

    /** Downloads date from 2004 on (the importer rejects earlier times as not a Facebook time). */
    @Provide
    Arbitrary<List<DownloadPost>> downloads() {
        return Combinators.combine(Instants.seconds(1_072_915_200L), Texts.any().filter(t -> !t.isBlank()))
                .as(DownloadPost::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Arbitraries.oneOf(feeds().map(GraphWriter::write), downloads().map(DownloadWriter::write));
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/acme-page-feed.graph.json", "own/your_posts_1.json", "own/comments.json",
                "own/posts_1.json", "own/post_comments_1.json", "own/acme-ig-media.graph.json",
                "own/acme-post-shares.graph.json", "public/restfb_photo-comments.json",
                "public/flock_test_video_posts_1.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void graphFeedsReadBackExactly(@ForAll("feeds") List<GraphObject> feed) throws IOException {
        CapturingSink s = CapturingSink.read(new MetaImporter(), new MemoryInput("feed.graph.json",
                GraphWriter.write(feed)));
        RoundTrip.assertReadBackInAnyOrder(GraphFeeds.expected(feed), s);
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void downloadsReadBackWithTheirMojibakeRepaired(@ForAll("downloads") List<DownloadPost> posts)
            throws IOException {
        CapturingSink s = CapturingSink.read(new MetaImporter(), new MemoryInput("your_posts_1.json",
                DownloadWriter.write(posts)));
        assertEquals(List.of(), s.rejections());
        assertEquals(posts.size(), s.accepted.size());
        for (int i = 0; i < posts.size(); i++) {
            Interaction got = s.accepted.get(i).interaction();
            assertEquals(posts.get(i).text(), got.text(), "post " + (i + 1));
            assertEquals(posts.get(i).timestamp(), got.createdAt(), "post " + (i + 1));
            assertEquals(DownloadMapper.OWNER, got.authorHandle());
            assertEquals(null, got.inReplyTo());
            assertTrue(got.sourceId().matches("dyi-[0-9a-f]{24}"), "a derived id: " + got.sourceId());
        }
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejections(@ForAll("files") byte[] original, @ForAll("damage") List<ByteDamage> damage) {
        assertCleanAnswer(original[0] == '[' ? "your_posts_1.json" : "feed.graph.json", original,
                ByteDamage.applyAll(original, damage, TOKENS));
    }

    /** The fixtures of real shape (downloads, Graph API answers, public samples), damaged the same way. */
    @Property(tries = 200, seed = PropertySeed.FIXED)
    void damagedFixturesEndInCleanRejections(@ForAll("fixtures") String fixture,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        byte[] original = Files.readAllBytes(Fixtures.file(fixture));
        assertCleanAnswer(Path.of(fixture).getFileName().toString(), original,
                ByteDamage.applyAll(original, damage, TOKENS));
    }

    private static void assertCleanAnswer(String fileName, byte[] original, byte[] damaged) {
        DamageAnswer.readDamagedDocument(new MetaImporter(), new MemoryInput(fileName, damaged), original, damaged);
    }
}
