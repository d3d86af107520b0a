package io.rapport.cli.internal;

import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes N rows of a social-media export as CSV, deterministically, with the quirks real ones have: quoted texts
 * holding commas and doubled quotes, empty cells, ISO timestamps; about 150 bytes a row. {@link #mapping()} is
 * the column mapping that reads it.
 */
final class BenchCsvWriter {
    /** The interchange benchmark's words, and two that CSV writers must quote. */
    private static final String[] WORDS = words();

    void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261126L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,created_at,network,type,author,text,in_reply_to,likes,rating\r\n");
            StringBuilder row = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                String kind = BenchDataWriter.KINDS[random.nextInt(BenchDataWriter.KINDS.length)];
                row.setLength(0);
                row.append(1_000_000_000L + i).append(',')
                        .append(Instant.ofEpochSecond(BenchDataWriter.START + i * 7 + random.nextInt(7))).append(',')
                        .append(BenchDataWriter.CHANNELS[(int) (i % BenchDataWriter.CHANNELS.length)]).append(',')
                        .append(kind).append(",user")
                        .append(random.nextInt(200_000)).append(",\"");
                int words = 8 + random.nextInt(18);
                for (int w = 0; w < words; w++) {
                    row.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)].replace("\"", "\"\""));
                }
                row.append("\",");
                if (!kind.equals("post") && i > 0) {
                    row.append(1_000_000_000L + random.nextLong(i));
                }
                row.append(',').append(random.nextInt(50)).append(',');
                if (kind.equals("review")) {
                    row.append(1 + random.nextInt(5));
                }
                out.append(row).append("\r\n");
            }
        }
    }

    private static String[] words() {
        String[] w = java.util.Arrays.copyOf(BenchDataWriter.WORDS, BenchDataWriter.WORDS.length + 2);
        w[w.length - 2] = "\"really\"";
        w[w.length - 1] = "ok,";
        return w;
    }

    /** The mapping of the generated file. */
    static CsvMapping mapping() {
        return CsvMapping.empty().withDelimiter(',').withEncoding("UTF-8")
                .withField(CsvMapping.SOURCE_ID, ColumnRule.column("id"))
                .withField(CsvMapping.CREATED_AT, ColumnRule.column("created_at"))
                .withField(CsvMapping.CHANNEL, ColumnRule.column("network"))
                .withField(CsvMapping.KIND, ColumnRule.column("type"))
                .withField(CsvMapping.AUTHOR_HANDLE, ColumnRule.column("author"))
                .withField(CsvMapping.TEXT, ColumnRule.column("text"))
                .withField(CsvMapping.IN_REPLY_TO, ColumnRule.column("in_reply_to"))
                .withField(CsvMapping.LIKES, ColumnRule.column("likes"))
                .withField(CsvMapping.RATING, ColumnRule.column("rating"))
                .withField(CsvMapping.MENTIONS, ColumnRule.mentionsInText());
    }
}
