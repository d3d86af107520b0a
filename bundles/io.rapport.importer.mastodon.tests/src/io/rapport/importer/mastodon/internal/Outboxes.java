package io.rapport.importer.mastodon.internal;

import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.GeneratedHtml;
import io.rapport.testsupport.jqwik.HtmlTexts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Outboxes of notes by accounts of a few servers, each note possibly replying to an earlier one. */
final class Outboxes {
    private Outboxes() {
    }

    private record Partial(String user, String host, Instant published, int offsetMinutes, GeneratedHtml content,
            int replyTo) {
    }

    static Arbitrary<List<OutboxNote>> outboxes() {
        Arbitrary<String> users = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_')
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> hosts = Arbitraries.of("social.example", "mastodon.example.org", "xn--80ak6aa92e.example");
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-14 * 60, 14 * 60);
        return Combinators.combine(users, hosts, Instants.millis(), offsets, HtmlTexts.paragraphs(),
                Arbitraries.integers().between(-1, 10)).as(Partial::new).list().ofMinSize(1).ofMaxSize(6)
                .map(Outboxes::notes);
    }

    private static List<OutboxNote> notes(List<Partial> partials) {
        List<OutboxNote> notes = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            String actor = "https://" + p.host() + "/users/" + p.user();
            String reply = p.replyTo() >= 0 && p.replyTo() < i ? notes.get(p.replyTo()).id() : null;
            notes.add(new OutboxNote(actor + "/statuses/" + (109_000_000_000_000_000L + i), actor,
                    p.user() + "@" + p.host(), p.published(), p.offsetMinutes(), p.content(), reply));
        }
        return notes;
    }
}
