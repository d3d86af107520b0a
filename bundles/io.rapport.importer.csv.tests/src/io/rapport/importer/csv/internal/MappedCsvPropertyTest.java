package io.rapport.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportRequest;
import io.rapport.testsupport.ByteDamage;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.DamageAnswer;
import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.MemoryInput;
import io.rapport.testsupport.RoundTrip;
import io.rapport.testsupport.jqwik.Damages;
import io.rapport.testsupport.jqwik.PropertySeed;

import org.eclipse.core.runtime.NullProgressMonitor;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Properties of the CSV importer with a column mapping (jqwik; a failure prints the seed and the shrunk sample):
 * any generated file (comma, semicolon or tab; LF or CRLF; with or without BOM; quoted fields with delimiters,
 * quotes and line breaks) reads back exactly, cells stripped of surrounding blanks; any byte damage ends in clean
 * rejections or one I/O error, with every row that ends before the first damaged byte imported.
 */
class MappedCsvPropertyTest {
    private static final List<byte[]> TOKENS = List.of(new byte[] { '"' }, new byte[] { ',' }, new byte[] { ';' },
            new byte[] { '\t' }, new byte[] { '\n' }, new byte[] { '\r' }, new byte[] { (byte) 0xC3 },
            "\"\"".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8));

    @Provide
    Arbitrary<List<CsvRow>> files() {
        return CsvRows.files();
    }

    @Provide
    Arbitrary<CsvDialect> dialects() {
        return Combinators.combine(Arbitraries.of(',', ';', '\t'), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false)).as(CsvDialect::new);
    }

    @Provide
    Arbitrary<List<ByteDamage>> damage() {
        return Damages.some();
    }

    @Property(tries = 150, seed = PropertySeed.FIXED)
    void mappedRowsReadBackExactly(@ForAll("files") List<CsvRow> rows, @ForAll("dialects") CsvDialect dialect)
            throws IOException {
        CapturingSink s = new CapturingSink();
        withMapping(dialect, options -> new CsvImporter().read(new MemoryInput("export.csv", CsvWriter.write(rows,
                dialect).bytes()), s, options, new NullProgressMonitor()));
        // the mapping strips every cell, the text's too (spreadsheets pad cells)
        RoundTrip.assertReadBackExactly(rows.stream().map(r -> new ExpectedRecord(r.id(), r.createdAt(),
                r.text().strip(), r.author(), r.inReplyTo())).toList(), s);
    }

    @Property(tries = 250, seed = PropertySeed.FIXED)
    void damageKeepsTheRowsBeforeIt(@ForAll("files") List<CsvRow> rows, @ForAll("dialects") CsvDialect dialect,
            @ForAll("damage") List<ByteDamage> damage) throws IOException {
        CsvWriter file = CsvWriter.write(rows, dialect);
        byte[] original = file.bytes();
        byte[] damaged = ByteDamage.applyAll(original, damage, TOKENS);
        DamageAnswer[] answer = new DamageAnswer[1];
        withMapping(dialect, options -> answer[0] = DamageAnswer.read(new CsvImporter(), new MemoryInput(
                "export.csv", damaged), options).assertClean(damaged));
        int firstDamaged = ByteDamage.firstDifference(original, damaged);
        for (int i = 0; i < rows.size() && file.rowEnds.get(i) <= firstDamaged; i++) {
            assertTrue(answer[0].sink.sourceIds().contains(rows.get(i).id()), "row " + (i + 1) + " lies before the "
                    + "first damaged byte " + firstDamaged + " but was not imported: " + answer[0]);
        }
        for (CapturingSink.Accepted a : answer[0].sink.accepted) {
            assertTrue(a.record() >= 2, "a record before the header: " + a);
        }
    }

    private interface WithOptions {
        void run(Map<String, String> options) throws IOException;
    }

    /** The mapping is a file the importer reads (as the CLI's --mapping). */
    private static void withMapping(CsvDialect dialect, WithOptions body) throws IOException {
        Path mapping = Files.createTempFile("rapport-csv-property", ".mapping.json");
        try {
            Files.writeString(mapping, dialect.mapping());
            body.run(Map.of(ImportRequest.MAPPING, mapping.toString()));
        } finally {
            Files.delete(mapping);
        }
    }
}
