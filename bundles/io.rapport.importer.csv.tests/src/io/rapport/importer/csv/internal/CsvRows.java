package io.rapport.importer.csv.internal;

import io.rapport.testsupport.jqwik.Instants;
import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Files of one to eight rows with distinct ids; a row may answer an earlier one. */
final class CsvRows {
    private CsvRows() {
    }

    private record Partial(Instant createdAt, int offsetMinutes, String author, String text, int replyTo) {
    }

    static Arbitrary<List<CsvRow>> files() {
        Arbitrary<String> authors = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("_.-")
                .ofMinLength(1).ofMaxLength(15);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-12 * 60, 14 * 60);
        Arbitrary<String> texts = Texts.any().filter(t -> !t.isBlank());
        return Combinators.combine(Instants.seconds(), offsets, authors, texts,
                Arbitraries.integers().between(-1, 10)).as(Partial::new).list().ofMinSize(1).ofMaxSize(8).map(ps -> {
                    List<CsvRow> rows = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        Partial p = ps.get(i);
                        String reply = p.replyTo() >= 0 && p.replyTo() < i ? rows.get(p.replyTo()).id() : null;
                        rows.add(new CsvRow("m" + (100 + i), p.createdAt(), p.offsetMinutes(), p.author(), p.text(),
                                reply));
                    }
                    return rows;
                });
    }
}
