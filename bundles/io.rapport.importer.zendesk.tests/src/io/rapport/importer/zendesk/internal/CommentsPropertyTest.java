package io.rapport.importer.zendesk.internal;


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
 * Properties of the Zendesk importer (jqwik; a failure prints the seed and the shrunk sample): any generated
 * ticket conversation read back exactly (the description as the ticket, replies threaded as the README says, notes
 * replying to no one), and any byte damage to generated or fixture files ends in clean rejections or one I/O
 * error, never in silence for a cut file.
 */
class CommentsPropertyTest {
    private static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null",
            "\"public\":false", "\"comments\":[", "\"users\":[{", "é", "\uD83D\uDE00", "\n");

    @Provide
    Arbitrary<TicketConversation> samples() { // one ticket's comments, with the two users side-loaded
        return TicketConversations.conversations();
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("own/tickets-acme-incremental.json", "own/ticket_audits-1001.json",
                "own/ticket_comments-1002.json", "public/gozendesk_tickets.json",
                "public/gozendesk_ticket_comments.json");
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void conversationsReadBackExactly(@ForAll("samples") TicketConversation sample) throws IOException {
        CapturingSink s = CapturingSink.read(new ZendeskImporter(), new MemoryInput(CommentsWriter.fileName(sample),
                CommentsWriter.write(sample)));
        RoundTrip.assertReadBackExactly(sample.expected(), s);
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejections(@ForAll("samples") TicketConversation sample,
            @ForAll("damage") List<ByteDamage> damage) {
        byte[] original = CommentsWriter.write(sample);
        assertCleanAnswer(CommentsWriter.fileName(sample), original, ByteDamage.applyAll(original, damage, TOKENS));
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
        DamageAnswer.readDamagedDocument(new ZendeskImporter(), new MemoryInput(fileName, damaged), original, damaged);
    }
}
