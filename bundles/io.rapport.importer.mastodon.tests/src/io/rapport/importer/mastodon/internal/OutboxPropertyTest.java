package io.rapport.importer.mastodon.internal;


import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.ExpectedRecord;
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
 * Properties of the Mastodon importer over generated outboxes (jqwik; a failure prints the seed and the shrunk
 * sample): any notes read back exactly (HTML turned into the text a reader sees, {@code orderedItems} given
 * twice), and any byte damage ends in clean rejections or one I/O error, never in silence for a cut file.
 */
class OutboxPropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\"orderedItems\":[", "{\"type\":\"Note\"}", "<p>", "&amp;", "é", "\uD83D\uDE00", "\n");

    @Provide
    Arbitrary<List<OutboxNote>> outboxes() {
        return Outboxes.outboxes();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/outbox.json", "own/statuses-home.json", "own/context-invoice.json",
            "own/notifications-march.json", "public/fedify_orderedcollectionpage.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void notesReadBackExactly(@ForAll("outboxes") List<OutboxNote> notes) throws IOException {
        CapturingSink s = CapturingSink.read(new MastodonImporter(), new MemoryInput("outbox.json",
                OutboxWriter.write(notes)));
        RoundTrip.assertReadBackExactly(notes.stream().map(n -> new ExpectedRecord(n.id(), n.published(),
                n.content().text(), n.handle(), n.inReplyTo())).toList(), s);
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejections(@ForAll("outboxes") List<OutboxNote> notes,
            @ForAll("damage") List<ByteDamage> damage) {
        byte[] original = OutboxWriter.write(notes);
        assertCleanAnswer("outbox.json", original, ByteDamage.applyAll(original, damage, TOKENS));
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
        DamageAnswer.readDamagedDocument(new MastodonImporter(), new MemoryInput(fileName, damaged), original, damaged);
    }
}
