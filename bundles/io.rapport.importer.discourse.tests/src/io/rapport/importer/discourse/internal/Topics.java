package io.rapport.importer.discourse.internal;

import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.GeneratedHtml;
import io.rapport.testsupport.jqwik.HtmlTexts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Topics of one to six posts; a post after the first may reply to an earlier one by number. */
final class Topics {
    private Topics() {
    }

    private record Partial(String username, Instant createdAt, int offsetMinutes, GeneratedHtml cooked, int replyTo) {
    }

    static Arbitrary<Topic> topics() {
        Arbitrary<String> usernames = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars("_.-").ofMinLength(1).ofMaxLength(20);
        Arbitrary<List<TopicPost>> posts = Combinators.combine(usernames, Instants.millis(),
                Arbitraries.integers().between(-12 * 60, 14 * 60), HtmlTexts.paragraphs(), Arbitraries.integers()
                        .between(0, 8)).as(Partial::new).list().ofMinSize(1).ofMaxSize(6).map(Topics::numbered);
        return Combinators.combine(Arbitraries.longs().between(1, 99_999_999), posts).as(Topic::new);
    }

    private static List<TopicPost> numbered(List<Partial> partials) {
        List<TopicPost> posts = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            int number = i + 1;
            Integer replyTo = p.replyTo() >= 1 && p.replyTo() < number ? p.replyTo() : null;
            posts.add(new TopicPost(number, p.username(), p.createdAt(), p.offsetMinutes(), p.cooked(), replyTo));
        }
        return posts;
    }
}
