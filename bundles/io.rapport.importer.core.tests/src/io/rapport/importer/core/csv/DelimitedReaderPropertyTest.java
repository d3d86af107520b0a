package io.rapport.importer.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random files (a failing seed and round can be replayed): fields full of delimiters, quotes, line breaks
 * and non-ASCII characters, written the way RFC 4180 writers quote them, read back by the reader and compared
 * with what was written, an independent model; and the same files cut at random bytes, which must read without
 * any exception, with every record that was complete before the cut read as written.
 */
class DelimitedReaderPropertyTest {
    private static final long SEED = 20261126L;
    private static final int ROUNDS = 20_000;
    private static final String[] PIECES = { "a", "b", "xyz", ",", ";", "\t", "\"", "\n", "\r", "\r\n", " ", "é", "😀",
        "" };
    private static final String[] LINE_ENDS = { "\n", "\r\n", "\r" };
    private static final char[] DELIMITERS = { ',', ';', '\t' };

    /** A generated file: its text, the fields of each record, and where each record's text starts and ends. */
    private record Sample(String text, char delimiter, List<List<String>> records, List<String> raws,
            List<Integer> ends) {
    }

    private static Sample generate(Random random) {
        char delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
        int count = 1 + random.nextInt(6);
        StringBuilder text = new StringBuilder();
        List<List<String>> records = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            int fields = 1 + random.nextInt(5);
            List<String> record = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            for (int f = 0; f < fields; f++) {
                StringBuilder field = new StringBuilder();
                int pieces = random.nextInt(4);
                for (int p = 0; p < pieces; p++) {
                    field.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String value = field.toString();
                record.add(value);
                boolean quote = value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n")
                        || value.contains("\r") || (fields == 1 && value.isEmpty()) || random.nextInt(5) == 0;
                raw.append(f == 0 ? "" : String.valueOf(delimiter))
                        .append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            records.add(record);
            raws.add(raw.toString());
            text.append(raw);
            ends.add(text.length());
            if (r < count - 1 || random.nextBoolean()) {
                text.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
            }
        }
        return new Sample(text.toString(), delimiter, records, raws, ends);
    }

    private static List<DelimitedRecord> readAll(byte[] bytes, char delimiter) throws IOException {
        TextEncoding enc = TextEncoding.detect(bytes);
        DelimitedReader reader = new DelimitedReader(enc.open(new ByteArrayInputStream(bytes), false), delimiter, enc);
        List<DelimitedRecord> out = new ArrayList<>();
        for (DelimitedRecord r; (r = reader.next()) != null;) {
            out.add(r);
        }
        return out;
    }

    @Test
    void theReaderYieldsTheFieldsTextAndOffsetsThatWereWritten() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Sample s = generate(random);
            String what = "seed " + SEED + " round " + round + ": " + s.text().replace("\r", "\\r").replace("\n", "\\n");
            List<DelimitedRecord> read = readAll(s.text().getBytes(StandardCharsets.UTF_8), s.delimiter());
            assertEquals(s.records(), read.stream().map(DelimitedRecord::fields).toList(), what);
            assertEquals(s.raws(), read.stream().map(DelimitedRecord::raw).toList(), what);
            for (int i = 0; i < read.size(); i++) {
                int start = i == 0 ? 0 : s.text().indexOf(s.raws().get(i), s.ends().get(i - 1));
                assertEquals(s.text().substring(0, start).getBytes(StandardCharsets.UTF_8).length, read.get(i).offset(),
                        what + " record " + (i + 1));
                assertEquals(i + 1, read.get(i).number());
            }
        }
    }

    @Test
    void aFileCutAnywhereReadsWithoutErrorAndKeepsEveryRecordCompletedBeforeTheCut() throws Exception {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            Sample s = generate(random);
            byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
            if (bytes.length == 0) {
                continue;
            }
            int cut = random.nextInt(bytes.length);
            byte[] cutBytes = Arrays.copyOf(bytes, cut);
            String what = "seed " + (SEED + 1) + " round " + round + " cut at " + cut;
            List<DelimitedRecord> read = readAll(cutBytes, s.delimiter());
            int complete = 0;
            while (complete < s.ends().size() && s.text().substring(0, s.ends().get(complete))
                    .getBytes(StandardCharsets.UTF_8).length < cut) {
                complete++;
            }
            // a record is complete when a line end follows it before the cut
            for (int i = 0; i < complete; i++) {
                assertTrue(read.size() > i, what);
                assertEquals(s.records().get(i), read.get(i).fields(), what + " record " + (i + 1));
            }
        }
    }
}
