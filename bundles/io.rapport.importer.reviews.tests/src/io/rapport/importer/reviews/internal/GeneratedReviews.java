package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Pages of one to six reviews with distinct ids, about half of them answered by the company. */
final class GeneratedReviews {
    private GeneratedReviews() {
    }

    private record Partial(String author, Instant createdAt, int offsetMinutes, String title, String text, int stars,
            String replyText, Instant replyAt) {
    }

    /**
     * @param ids the source's id shape for the n-th review
     * @param times the times the source can write
     */
    static Arbitrary<List<GeneratedReview>> pages(java.util.function.IntFunction<String> ids,
            Arbitrary<Instant> times) {
        Arbitrary<String> authors = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars("_. ").ofMinLength(1).ofMaxLength(20).filter(a -> !a.isBlank() && a.strip().equals(a));
        Arbitrary<String> texts = Texts.any().filter(t -> !t.isBlank());
        Arbitrary<String> titles = Arbitraries.oneOf(Arbitraries.just(""), texts);
        Arbitrary<String> replies = texts.injectNull(0.5);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-12 * 60, 14 * 60).map(m -> m / 15 * 15);
        return Combinators.combine(authors, times, offsets, titles, texts,
                Arbitraries.integers().between(1, 5), replies, times).as(Partial::new).list()
                .ofMinSize(1).ofMaxSize(6).map(list -> {
                    List<GeneratedReview> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Partial p = list.get(i);
                        out.add(new GeneratedReview(ids.apply(i), p.author(), p.createdAt(), p.offsetMinutes(),
                                p.title(), p.text(), p.stars(), p.replyText(), p.replyAt()));
                    }
                    return out;
                });
    }
}
