package io.rapport.importer.jsonl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Interaction;
import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.MemoryInput;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.PropertySeed;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import java.io.IOException;
import java.util.List;

/**
 * Properties of the interchange importer over generated files (jqwik; a failure prints the seed and the shrunk
 * sample): any valid records written as JSON Lines read back exactly, and any byte damage ends in clean
 * rejections with the lines before the damage still imported.
 */
class InterchangePropertyTest {

    @Provide
    Arbitrary<List<InterchangeRecord>> files() {
        return InterchangeRecords.files();
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 200, seed = PropertySeed.FIXED)
    void validRecordsReadBackExactly(@ForAll("files") List<InterchangeRecord> records, @ForAll boolean crlf)
            throws IOException {
        CapturingSink s = CapturingSink.read(new InterchangeImporter(),
                new MemoryInput("p.rapport.jsonl", InterchangeWriter.write(records, crlf).bytes()));
        assertEquals(List.of(), s.rejections());
        assertEquals(records.size(), s.accepted.size());
        assertEquals(records.size(), s.templated, "every original kept as a template (which gives it back: the sink checks)");
        for (int i = 0; i < records.size(); i++) {
            InterchangeRecord r = records.get(i);
            Interaction got = s.accepted.get(i).interaction();
            assertEquals(r.id(), got.sourceId());
            assertEquals(r.createdAt(), got.createdAt());
            assertEquals(r.text(), got.text());
            assertEquals(r.author(), got.authorHandle());
            assertEquals(r.inReplyTo(), got.inReplyTo());
            assertEquals(InterchangeWriter.line(r), s.accepted.get(i).raw(), "the original line, byte for byte");
        }
    }

    @Property(tries = 300, seed = PropertySeed.FIXED)
    void damageEndsInCleanRejectionsAndKeepsTheLinesBefore(@ForAll("files") List<InterchangeRecord> records,
            @ForAll("damage") List<ByteDamage> damage) {
        InterchangeWriter file = InterchangeWriter.write(records, false);
        byte[] original = file.bytes();
        byte[] damaged = ByteDamage.applyAll(original, damage, InterchangeTokens.TOKENS);
        DamageAnswer answer = DamageAnswer.read(new InterchangeImporter(), new MemoryInput("d.rapport.jsonl", damaged))
                .assertClean(damaged).assertOriginalsAreTheFilesBytes(damaged);
        int firstDamaged = ByteDamage.firstDifference(original, damaged);
        for (int i = 0; i < records.size() && file.lineEnds.get(i) <= firstDamaged; i++) {
            String id = records.get(i).id();
            assertTrue(answer.sink.sourceIds().contains(id), "line " + (i + 1) + " (id " + id
                    + ") lies before the first damaged byte " + firstDamaged + " but was not imported: " + answer);
        }
        long lines = 1 + new String(damaged, java.nio.charset.StandardCharsets.ISO_8859_1).chars()
                .filter(c -> c == '\n').count();
        assertTrue(answer.sink.accepted.size() + answer.sink.rejected.size() <= lines, "records out of nothing: "
                + answer);
        boolean cutInsideALine = damaged.length > 0 && damaged.length < original.length
                && firstDamaged == damaged.length
                && !file.lineEnds.contains(damaged.length) && !file.lineEnds.contains(damaged.length + 1);
        if (cutInsideALine) {
            assertTrue(answer.complained(), "a file cut inside a line was taken as complete: " + answer);
        }
    }
}
