package io.rapport.importer.reddit.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Comment dumps: a submission, then comments replying to it or to an earlier comment. */
final class Dumps {
    /** 2000-01-01: the importer rejects earlier times (Reddit began in 2005). */
    private static final long FROM_MILLIS = 946_684_800_000L;
    private static final long TO_MILLIS = 4_102_444_800_000L;

    private Dumps() {
    }

    private record Partial(String author, Instant created, DumpThing.CreatedNotation notation, String text,
            int parent) {
    }

    static Arbitrary<List<DumpThing>> dumps() {
        Arbitrary<String> authors = Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z')
                .withCharRange('A', 'Z').numeric().withChars("_-").ofMinLength(3).ofMaxLength(20),
                Arbitraries.just("[deleted]"));
        Arbitrary<Instant> created = Arbitraries.longs().between(FROM_MILLIS, TO_MILLIS)
                .withDistribution(RandomDistribution.uniform()).map(Instant::ofEpochMilli);
        Arbitrary<String> texts = Arbitraries.oneOf(Texts.any(), Arbitraries.of("[removed]", "[deleted]"));
        Arbitrary<Partial> thing = Combinators.combine(authors, created, Arbitraries.of(DumpThing.CreatedNotation
                .class), texts, Arbitraries.integers().between(-1, 10)).as(Partial::new);
        Arbitrary<String> titles = Texts.any().filter(t -> !t.isEmpty());
        return Combinators.combine(titles, thing.list().ofMinSize(1).ofMaxSize(8)).as(Dumps::things);
    }

    private static List<DumpThing> things(String title, List<Partial> partials) {
        List<DumpThing> things = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            Instant at = p.notation().whole() ? Instant.ofEpochSecond(p.created().getEpochSecond()) : p.created();
            if (i == 0) {
                things.add(new DumpThing("t3_1b3k9q", p.author(), at, p.notation(), title, p.text(), null));
            } else {
                String parent = p.parent() >= 0 && p.parent() < i ? things.get(p.parent()).fullname() : "t3_1b3k9q";
                things.add(new DumpThing("t1_kt" + Integer.toString(1000 + i, 36), p.author(), at, p.notation(),
                        null, p.text(), parent));
            }
        }
        return things;
    }

    static List<ExpectedRecord> expected(List<DumpThing> things) {
        return things.stream().map(t -> new ExpectedRecord(t.fullname(), t.created(), t.expectedText(), t.author(),
                t.parent())).toList();
    }
}
