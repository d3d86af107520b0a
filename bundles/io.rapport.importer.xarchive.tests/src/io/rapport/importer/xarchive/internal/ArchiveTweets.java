package io.rapport.importer.xarchive.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's tweets of an archive: replies to an earlier tweet of the file or to someone else's (an id the file
 * does not hold). Texts never start with {@code RT @} (a retweet, which answers no one).
 */
final class ArchiveTweets {
    static final String OWNER = "AcmeCare";

    private ArchiveTweets() {
    }

    private record Partial(Instant createdAt, int offsetMinutes, String text, int replyTo, int favorites,
            int retweets) {
    }

    static Arbitrary<List<ArchiveTweet>> tweets() {
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-12 * 4, 14 * 4).map(q -> q * 15);
        Arbitrary<Integer> counts = Arbitraries.integers().between(0, 100_000);
        return Combinators.combine(Instants.seconds(), offsets, Texts.any().filter(t -> !t.startsWith("RT @")),
                Arbitraries.integers().between(-2, 10), counts, counts).as(Partial::new).list().ofMinSize(1)
                .ofMaxSize(6).map(ps -> {
                    List<ArchiveTweet> out = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        Partial p = ps.get(i);
                        String reply = p.replyTo() == -2 ? "1500000000000000042"
                                : p.replyTo() >= 0 && p.replyTo() < i ? out.get(p.replyTo()).id() : null;
                        out.add(new ArchiveTweet(String.valueOf(1_762_104_001_000_000_000L + i), p.createdAt(),
                                p.offsetMinutes(), p.text(), reply, p.favorites(), p.retweets()));
                    }
                    return out;
                });
    }

    static List<ExpectedRecord> expected(List<ArchiveTweet> tweets) {
        return tweets.stream().map(t -> new ExpectedRecord(t.id(), t.createdAt(), t.text(), OWNER, t.inReplyTo()))
                .toList();
    }
}
