package io.rapport.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A Facebook "Download your information" {@code comments.json} as Facebook writes it: one JSON document
 * {@code {"comments_v2": [...]}}, indented by two spaces, newest first, each record a {@code timestamp}, a
 * {@code data} array holding one {@code comment} ({@code timestamp}, {@code comment}, {@code author}), a
 * {@code title} sentence naming whose post or comment it answers, and on some an {@code attachments} photo.
 * Every non-ASCII character is written the way the download mangles it, each UTF-8 byte as its own
 * <code>&#92;u00XX</code> escape (<code>"Caf&#92;u00c3&#92;u00a9"</code> for "Caf\u00e9"): the author's page
 * name always, about a third of the texts (accented words, emoji). Comments are by the downloading account
 * (the brand's page), as in a real download; each has its own second, so no two collapse into one derived id.
 * About 420 bytes per comment: the default 2,600,000 give about 1.09 GB (over 1 GiB).
 * <p>
 * The baseline is DuckDB's {@code read_json} of the whole document with a {@code maximum_object_size} above the
 * file's size, unnesting {@code comments_v2}: one row per comment (DuckDB leaves the mojibake as it is).
 */
final class BenchMetaFormat implements BenchFormat {
    private static final String OWNER = "Acme Caf\u00e9";
    private static final String[] PEOPLE = { "Jos\u00e9 Garc\u00eda", "J\u00fcrgen M\u00fcller", "Marta Kowalska",
            "Fran\u00e7oise Dupont", "Leo Brandt", "\u00c5sa Lindstr\u00f6m", "Priya Nair", "Chlo\u00e9 Martin" };
    private static final String[] TOUCHES = { "Merci, \u00e0 bient\u00f4t!", "Das Fr\u00fchst\u00fcck ist ab 8 Uhr"
            + " \ud83c\udf73", "Gr\u00fc\u00dfe aus M\u00fcnchen", "caf\u00e9 cr\u00e8me \u2615", "\ud83d\ude0a",
            "na\u00efve question \u2014 sorry", "\u00a1Gracias!" };
    private static final String HEX = "0123456789abcdef";

    @Override
    public String id() {
        return "meta";
    }

    @Override
    public long defaultRows() {
        return 2_600_000L;
    }

    @Override
    public String fileName() {
        return "comments.json";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261128L);
        StringBuilder text = new StringBuilder(256);
        // one record's JSON, all ASCII (every other character is escaped), written out at once
        StringBuilder r = new StringBuilder(2048);
        byte[] bytes = new byte[4096];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            r.append("{\n  \"comments_v2\": [");
            for (long i = 0; i < rows; i++) {
                // newest first, one second of its own each
                long timestamp = BenchDataWriter.START + (rows - i) * 40 + random.nextInt(40);
                r.append(i == 0 ? "\n    {\n      \"timestamp\": " : ",\n    {\n      \"timestamp\": ")
                        .append(timestamp)
                        .append(",\n      \"data\": [\n        {\n          \"comment\": {\n"
                                + "            \"timestamp\": ")
                        .append(timestamp).append(",\n            \"comment\": ");
                text.setLength(0);
                int words = 4 + random.nextInt(22);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ")
                            .append(BenchDataWriter.word(random));
                }
                if (random.nextInt(3) == 0) {
                    text.append(' ').append(TOUCHES[random.nextInt(TOUCHES.length)]);
                }
                mangled(r, text);
                r.append(",\n            \"author\": ");
                mangled(r, OWNER);
                r.append("\n          }\n        }\n      ],");
                if (random.nextInt(20) == 0) {
                    r.append("\n      \"attachments\": [\n        {\n          \"data\": [\n            {\n"
                            + "              \"media\": {\n                \"uri\": \"your_facebook_activity/"
                            + "comments_and_reactions/photos/").append(10_000_000L + i)
                            .append(".jpg\",\n                \"creation_timestamp\": ").append(timestamp)
                            .append(",\n                \"title\": \"\"\n              }\n            }\n"
                                    + "          ]\n        }\n      ],");
                }
                r.append("\n      \"title\": ");
                text.setLength(0);
                text.append(OWNER);
                int title = random.nextInt(4);
                String person = PEOPLE[random.nextInt(PEOPLE.length)];
                switch (title) {
                    case 0 -> text.append(" replied to ").append(person).append("'s comment.");
                    case 1 -> text.append(" commented on ").append(person).append("'s post.");
                    case 2 -> text.append(" replied to their own comment.");
                    default -> text.append(" commented on a post.");
                }
                mangled(r, text);
                r.append("\n    }");
                bytes = flush(out, r, bytes);
            }
            r.append("\n  ]\n}\n");
            flush(out, r, bytes);
        }
    }

    /** Writes the (ASCII) record and empties it; returns the buffer, grown if the record needed it. */
    private static byte[] flush(OutputStream out, StringBuilder r, byte[] bytes) throws IOException {
        byte[] b = bytes.length >= r.length() ? bytes : new byte[2 * r.length()];
        for (int i = 0; i < r.length(); i++) {
            b[i] = (byte) r.charAt(i);
        }
        out.write(b, 0, r.length());
        r.setLength(0);
        return b;
    }

    /**
     * A JSON string with each UTF-8 byte of a non-ASCII character escaped as <code>&#92;u00XX</code>, as
     * downloads do.
     */
    private static void mangled(StringBuilder r, CharSequence s) {
        r.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                r.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x80) {
                r.append(c);
            } else if (c < 0x20) {
                escape(r, c);
            } else {
                int cp = Character.codePointAt(s, i);
                i += Character.charCount(cp) - 1;
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    escape(r, b & 0xFF);
                }
            }
        }
        r.append('"');
    }

    private static void escape(StringBuilder r, int b) {
        r.append("\\u00").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    @Override
    public String duckdbLoad() {
        // the whole download is one JSON value: the reader's object limit must exceed the file
        return "CREATE TABLE interactions AS SELECT unnest(comments_v2, recursive := false) AS comment"
                + " FROM read_json(?, maximum_object_size = 4000000000)";
    }

    @Override
    public String duckdbReader() {
        return "read_json (one document, unnest comments_v2)";
    }

    @Override
    public String describe() {
        return "a Facebook download's comments.json with mojibake-escaped UTF-8 (default 2,600,000 comments, about"
                + " 1.1 GB in one JSON document), against read_json unnesting comments_v2";
    }
}
