package io.rapport.importer.jsonl.internal;

import io.rapport.testsupport.jqwik.Texts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Files of valid interchange records with distinct ids, each possibly replying to an earlier one. */
final class InterchangeRecords {
    /** 1900-01-01 to 2100-01-01. */
    private static final long FROM = -2_208_988_800L;
    private static final long TO = 4_102_444_800L;

    private InterchangeRecords() {
    }

    static Arbitrary<List<InterchangeRecord>> files() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(FROM, TO).withDistribution(RandomDistribution.uniform());
        Arbitrary<Instant> instants = Combinators.combine(seconds,
                Arbitraries.integers().between(0, 999_999_999).edgeCases(e -> e.includeOnly(0)))
                .as(Instant::ofEpochSecond);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(-18 * 60, 18 * 60).injectNull(0.25);
        Arbitrary<String> authors = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("_.-")
                .ofMinLength(1).ofMaxLength(15);
        Arbitrary<Boolean> numeric = Arbitraries.of(true, false);
        Arbitrary<Integer> replyTo = Arbitraries.integers().between(-1, 20);
        return Combinators.combine(authors, instants, offsets, Texts.any(), numeric, replyTo)
                .as(Partial::new).list().ofMinSize(1).ofMaxSize(8).map(InterchangeRecords::withIds);
    }

    /** A record before it has its id: ids are the record's position, so they are distinct. */
    private record Partial(String author, Instant createdAt, Integer offsetMinutes, String text, boolean numericId,
            int replyTo) {
    }

    private static List<InterchangeRecord> withIds(List<Partial> partials) {
        List<InterchangeRecord> records = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            String id = String.valueOf(1000 + i);
            String reply = p.replyTo() >= 0 && p.replyTo() < i ? records.get(p.replyTo()).id() : null;
            Instant at = p.offsetMinutes() == null ? Instant.ofEpochSecond(p.createdAt().getEpochSecond())
                    : p.createdAt();
            records.add(new InterchangeRecord(id, p.numericId(), p.author(), at, p.offsetMinutes(), p.text(), reply));
        }
        return records;
    }
}
