package io.rapport.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A Google Play Console review export as Play writes it: {@code reviews_<package>_<YYYYMM>.csv}, UTF-16LE with a
 * byte order mark and CRLF line ends, Play's sixteen columns. Most reviews have no title, some are star-only (no
 * text, and then no {@code Review Link} either, so the importer falls back to its hashed id); texts hold commas,
 * doubled quotes, quoted line breaks, umlauts and symbols; about one review in three carries the developer's reply.
 * No emoji outside the Basic Multilingual Plane, although real reviews have them: DuckDB 2.0's {@code read_csv}
 * with {@code encoding = 'utf-16'} rejects a surrogate pair ("File is not utf-16 encoded"), and the baseline
 * must read the same file (Rapport reads them; its tests cover that). A row with a reply is two interactions (the
 * review and our reply), so the generator counts {@code rows} as interactions: the rows of the file are fewer.
 */
final class BenchGooglePlayFormat implements BenchFormat {
    private static final String PACKAGE = "com.acme.banking";
    private static final String HEADER = "Package Name,App Version Code,App Version Name,Reviewer Language,Device,"
            + "Review Submit Date and Time,Review Submit Millis Since Epoch,Review Last Update Date and Time,"
            + "Review Last Update Millis Since Epoch,Star Rating,Review Title,Review Text,Developer Reply Date and Time,"
            + "Developer Reply Millis Since Epoch,Developer Reply Text,Review Link";
    private static final String LINK = "http://play.google.com/console/developers/5550001/app/4973/user-feedback/"
            + "review-details?reviewId=gp%3AAOqpTO";
    private static final String[] LANGUAGES = { "en", "en", "en", "de", "fr", "es", "pt_BR", "it", "nl", "pl" };
    private static final String[] DEVICES = { "dream2lte", "a52q", "OnePlus9", "sunfish", "starlte", "redfin", "oriole",
            "a14", "beyond1", "raven", "gta4lwifi", "m31" };
    private static final String[] VERSIONS = { "4.1.0", "4.1.3", "4.2.0", "4.2.1", "4.2.2" };
    private static final String[] TITLES = { "Login", "Crash", "Great app", "Support", "Update" };
    /** Besides the shared words: what Play reviews hold that a CSV or UTF-16 writer must get right. */
    private static final String[] EXTRA = { "\"Cards\"", "fix,", "schlägt", "démarrage", "☹", "★★★", "niño" };
    private static final String[] REPLIES = { "Sorry about that! We fixed it in 4.2.2 - please update and tell us"
            + " if it persists.", "Thanks for the feedback, we passed it on to our team.",
            "Danke für den Hinweis, wir haben die Anmeldung korrigiert.", "Please write to support@acme.example with"
            + " your \"device model\", we will look into it." };

    @Override
    public String id() {
        return "google-play";
    }

    @Override
    public long defaultRows() {
        return 5_000_000L; // 576 bytes an interaction: 2.9 GB of UTF-16
    }

    @Override
    public String fileName() {
        return "reviews_" + PACKAGE + "_202501.csv";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261127L);
        long start = BenchDataWriter.START * 1000L;
        try (OutputStream raw = Files.newOutputStream(file)) {
            raw.write(new byte[] { (byte) 0xFF, (byte) 0xFE }); // the BOM Play writes
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_16LE), 1 << 16);
            out.write(HEADER);
            out.write("\r\n");
            StringBuilder row = new StringBuilder(768);
            long left = rows;
            for (long i = 0; left > 0; i++) {
                boolean starOnly = random.nextInt(12) == 0;
                boolean reply = left >= 2 && random.nextInt(3) == 0;
                left -= reply ? 2 : 1;
                long submitted = start + i * 20_000L + random.nextInt(19_000); // strictly increasing: unique ids
                long updated = submitted + 1000L * random.nextInt(600);
                int v = random.nextInt(VERSIONS.length);
                row.setLength(0);
                row.append(PACKAGE).append(',').append(40_100 + 100 * v).append(',').append(VERSIONS[v])
                        .append(',').append(LANGUAGES[random.nextInt(LANGUAGES.length)]).append(',')
                        .append(DEVICES[random.nextInt(DEVICES.length)]).append(',')
                        .append(Instant.ofEpochMilli(submitted / 1000 * 1000)).append(',').append(submitted).append(',')
                        .append(Instant.ofEpochMilli(updated / 1000 * 1000)).append(',').append(updated).append(',')
                        .append(1 + random.nextInt(5)).append(',');
                if (!starOnly && random.nextInt(8) == 0) {
                    row.append(TITLES[random.nextInt(TITLES.length)]);
                }
                row.append(',');
                if (!starOnly) {
                    text(row, random, 6 + random.nextInt(30), random.nextInt(6) == 0);
                }
                row.append(',');
                if (reply) {
                    long replied = submitted + 60_000L * (30 + random.nextInt(5000));
                    row.append(Instant.ofEpochMilli(replied / 1000 * 1000)).append(',').append(replied).append(",\"")
                            .append(REPLIES[random.nextInt(REPLIES.length)].replace("\"", "\"\"")).append('"');
                } else {
                    row.append(",,");
                }
                row.append(',');
                if (!starOnly) {
                    row.append(LINK).append(Long.toString(i, 36)).append("&corpus=PUBLIC_REVIEWS");
                }
                out.append(row).append("\r\n");
            }
            out.flush();
        }
    }

    /** A quoted review text of {@code words} words, with a line break inside when {@code twoLines}. */
    private static void text(StringBuilder row, SplittableRandom random, int words, boolean twoLines) {
        row.append('"');
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                row.append(twoLines && w == words / 2 ? "\n" : " ");
            }
            String word = random.nextInt(10) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                    : BenchDataWriter.word(random);
            row.append(word.replace("\"", "\"\""));
        }
        row.append('"');
    }

    @Override
    public String duckdbLoad() {
        // one row per interaction: each review, and each developer reply as a row of its own; the file read once
        return "CREATE TABLE interactions AS WITH r AS MATERIALIZED (SELECT * FROM read_csv(?, encoding = 'utf-16',"
                + " header = true)) SELECT \"Review Link\" AS link, 'review' AS kind, \"Package Name\" AS app,"
                + " \"Review Submit Millis Since Epoch\" AS created_ms, \"Star Rating\" AS rating,"
                + " \"Review Title\" AS title, \"Review Text\" AS text, \"Reviewer Language\" AS language FROM r"
                + " UNION ALL SELECT \"Review Link\", 'reply', \"Package Name\", \"Developer Reply Millis Since Epoch\","
                + " NULL, NULL, \"Developer Reply Text\", NULL FROM r WHERE \"Developer Reply Text\" IS NOT NULL";
    }

    @Override
    public String duckdbReader() {
        return "read_csv (utf-16; reviews UNION ALL replies)";
    }

    @Override
    public String describe() {
        return "a Play Console reviews CSV, UTF-16LE with BOM, a developer reply on every third review (default"
                + " 5,000,000 interactions), against read_csv with the replies as rows of their own";
    }
}
