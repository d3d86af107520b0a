package io.rapport.importer.xapi.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Responses (pages) of one to four tweets each; a tweet may reply to any earlier one, also of an earlier page. */
final class TweetPages {
    private TweetPages() {
    }

    private record Partial(int user, Instant createdAt, String text, int replyTo) {
    }

    static Arbitrary<List<List<Tweet>>> pages() {
        Arbitrary<List<String>> usernames = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .numeric().withChars('_').ofMinLength(1).ofMaxLength(15).list().ofMinSize(3).ofMaxSize(3);
        Arbitrary<Partial> tweet = Combinators.combine(Arbitraries.integers().between(0, 2), Instants.millis(),
                Texts.any(), Arbitraries.integers().between(-1, 12)).as(Partial::new);
        return Combinators.combine(usernames, tweet.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1)
                .ofMaxSize(3)).as(TweetPages::numbered);
    }

    private static List<List<Tweet>> numbered(List<String> usernames, List<List<Partial>> pages) {
        List<Tweet> all = new ArrayList<>();
        List<List<Tweet>> out = new ArrayList<>();
        for (List<Partial> page : pages) {
            List<Tweet> tweets = new ArrayList<>();
            for (Partial p : page) {
                String reply = p.replyTo() >= 0 && p.replyTo() < all.size() ? all.get(p.replyTo()).id() : null;
                Tweet t = new Tweet(String.valueOf(1_700_000_000_000_000_000L + all.size()),
                        String.valueOf(2000 + p.user()), usernames.get(p.user()), p.createdAt(), p.text(), reply);
                all.add(t);
                tweets.add(t);
            }
            out.add(tweets);
        }
        return out;
    }

    static List<ExpectedRecord> expected(List<List<Tweet>> pages) {
        return pages.stream().flatMap(List::stream).map(t -> new ExpectedRecord(t.id(), t.createdAt(), t.text(),
                t.username(), t.repliedTo())).toList();
    }
}
