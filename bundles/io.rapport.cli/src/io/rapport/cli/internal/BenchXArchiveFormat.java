package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The {@code data/tweets.js} of a brand account's X archive: {@code window.YTD.tweets.part0 = [ ... ]} around a
 * pretty-printed array of {@code {"tweet" : {...}}} (two-space indents, {@code " : "}, arrays one value a line,
 * as X writes it), newest first, every tweet the owner's: replies to customers (outside the archive, with
 * {@code in_reply_to_*} and the customer's mention entity), replies continuing the owner's own threads (to an
 * older tweet of the file, so reply chains reach a root), posts, posts mentioning someone, retweets
 * ({@code RT @...}); ids, counts, indices and {@code display_text_range} as strings, {@code created_at} like
 * {@code Wed Oct 10 20:19:24 +0000 2018}, {@code full_text} HTML-escaped ({@code &amp;}, {@code &lt;}), the
 * {@code edit_info}, {@code source} anchor and URL entities of real archives. About 1.5 KB a tweet.
 *
 * <p>The importer needs the owner, so {@code account.js} is written beside it. DuckDB cannot read the JavaScript
 * prefix, so the same array without it is written beside it too, as {@code tweets.js.json}, and the baseline
 * reads that.
 */
final class BenchXArchiveFormat implements BenchFormat {
    private static final String OWNER = "AcmeCare";
    private static final String OWNER_ID = "1350000000000000001";
    private static final String PREFIX = "window.YTD.tweets.part0 = ";
    private static final long NEWEST_ID = 1_860_000_000_000_000_000L;
    private static final long NEWEST = 1_735_689_600L; // 2025-01-01T00:00:00Z
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] EXTRA = { "&amp;", "&lt;3", "&gt;", "café", "Grüße", "🙏", "don't", "#AcmeCare" };
    private static final String[] LANGS = { "en", "en", "en", "de", "fr", "es", "und" };

    @Override
    public String id() {
        return "x-archive";
    }

    @Override
    public long defaultRows() {
        return 750_000L; // 1,451 bytes a tweet (measured at 10,000): 1.09 GB
    }

    @Override
    public String fileName() {
        return "tweets.js";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.writeString(dir.resolve("account.js"), """
                window.YTD.account.part0 = [
                  {
                    "account" : {
                      "email" : "care@acme.example",
                      "createdVia" : "web",
                      "username" : "%s",
                      "accountId" : "%s",
                      "createdAt" : "2020-12-01T09:00:00.000Z",
                      "accountDisplayName" : "Acme Care"
                    }
                  }
                ]""".formatted(OWNER, OWNER_ID), StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(20261129L);
        StringBuilder text = new StringBuilder(400);
        try (OutputStream js = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                OutputStream json = new BufferedOutputStream(Files.newOutputStream(baselineFile(file)), 1 << 16)) {
            js.write(PREFIX.getBytes(StandardCharsets.US_ASCII));
            try (JsonGenerator g = new JsonFactory().createGenerator(new Both(js, json))) {
                // X's layout of the data files: two spaces a level, "name" : value, every array value and object
                // entry on a line of its own, [ ] for an empty array
                DefaultIndenter lines = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines));
                g.writeStartArray();
                for (long i = 0; i < rows; i++) {
                    tweet(g, random, text, i, rows);
                }
                g.writeEndArray();
            }
        }
    }

    /** The array without the JavaScript prefix, for DuckDB. */
    private static Path baselineFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".json");
    }

    private static void tweet(JsonGenerator g, SplittableRandom random, StringBuilder text, long i, long rows)
            throws IOException {
        long id = NEWEST_ID - i * 4_194_304L * 64;
        int k = random.nextInt(100);
        // 55 % replies to customers, 12 % replies in the owner's threads, 8 % retweets, the rest posts
        boolean ownThread = k >= 55 && k < 67 && i + 6 < rows;
        boolean reply = k < 55 || ownThread;
        boolean retweet = k >= 67 && k < 75;
        String other = reply && !ownThread || retweet || k >= 90 ? "user" + Integer.toString(random.nextInt(400_000), 36)
                : null;
        long parent = ownThread ? NEWEST_ID - (i + 1 + random.nextInt(5)) * 4_194_304L * 64
                : reply ? id - 1_000_000L - random.nextInt(1_000_000_000) : 0;
        text.setLength(0);
        int mentionAt = -1;
        if (retweet) {
            text.append("RT @").append(other).append(": ");
            mentionAt = 3;
        } else if (other != null) {
            mentionAt = 0;
            text.append('@').append(other).append(' ');
        }
        int words = 6 + random.nextInt(reply ? 30 : 40);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(random.nextInt(10) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                    : BenchDataWriter.word(random));
        }
        boolean link = random.nextInt(6) == 0;
        String url = "https://t.co/" + Long.toString(Math.floorMod(id, 60_466_176L) + 60_466_176L, 36);
        if (link) {
            text.append(' ').append(url);
        }
        String full = text.toString();
        String idText = Long.toString(id);
        long created = NEWEST - i * 40 - random.nextInt(40);
        g.writeStartObject();
        g.writeObjectFieldStart("tweet");
        g.writeObjectFieldStart("edit_info");
        g.writeObjectFieldStart("initial");
        g.writeArrayFieldStart("editTweetIds");
        g.writeString(idText);
        g.writeEndArray();
        g.writeStringField("editableUntil", Instant.ofEpochSecond(created + 3_600).toString().replace("Z", ".000Z"));
        g.writeStringField("editsRemaining", "5");
        g.writeBooleanField("isEditEligible", !reply);
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanField("retweeted", false);
        g.writeStringField("source", random.nextInt(3) == 0
                ? "<a href=\"https://www.sprinklr.com\" rel=\"nofollow\">Sprinklr</a>"
                : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
        g.writeObjectFieldStart("entities");
        g.writeArrayFieldStart("hashtags");
        g.writeEndArray();
        g.writeArrayFieldStart("symbols");
        g.writeEndArray();
        g.writeArrayFieldStart("user_mentions");
        if (other != null) {
            g.writeStartObject();
            g.writeStringField("name", other);
            g.writeStringField("screen_name", other);
            indices(g, mentionAt, mentionAt + 1 + other.length());
            String otherId = Long.toString(2_000_000_000L + Long.parseLong(other.substring(4), 36));
            g.writeStringField("id_str", otherId);
            g.writeStringField("id", otherId);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("urls");
        if (link) {
            g.writeStartObject();
            g.writeStringField("url", url);
            g.writeStringField("expanded_url", "https://help.acme.example/articles/" + i % 997);
            g.writeStringField("display_url", "help.acme.example/articles/" + i % 997);
            indices(g, full.length() - url.length(), full.length());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        indicesField(g, "display_text_range", 0, full.length());
        g.writeStringField("favorite_count", Integer.toString(random.nextInt(8) == 0 ? random.nextInt(500) : random.nextInt(5)));
        if (reply) {
            String to = ownThread ? OWNER : other;
            String toId = ownThread ? OWNER_ID : Long.toString(2_000_000_000L + Long.parseLong(other.substring(4), 36));
            g.writeStringField("in_reply_to_status_id_str", Long.toString(parent));
            g.writeStringField("in_reply_to_user_id", toId);
            g.writeStringField("in_reply_to_status_id", Long.toString(parent));
            g.writeStringField("in_reply_to_screen_name", to);
            g.writeStringField("in_reply_to_user_id_str", toId);
        }
        g.writeStringField("id_str", idText);
        g.writeBooleanField("truncated", false);
        g.writeStringField("retweet_count", Integer.toString(retweet ? random.nextInt(300) : random.nextInt(3)));
        g.writeStringField("id", idText);
        if (link) {
            g.writeBooleanField("possibly_sensitive", false);
        }
        g.writeStringField("created_at", CREATED.format(Instant.ofEpochSecond(created)));
        g.writeBooleanField("favorited", false);
        g.writeStringField("full_text", full);
        g.writeStringField("lang", LANGS[random.nextInt(LANGS.length)]);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void indices(JsonGenerator g, int from, int to) throws IOException {
        indicesField(g, "indices", from, to);
    }

    private static void indicesField(JsonGenerator g, String name, int from, int to) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeString(Integer.toString(from));
        g.writeString(Integer.toString(to));
        g.writeEndArray();
    }

    /** Writes every byte to two streams. */
    private static final class Both extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Both(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() {
            // the caller closes both
        }
    }

    @Override
    public String duckdbLoad() {
        return "CREATE TABLE interactions AS SELECT unnest(tweet) FROM read_json(? || '.json', format = 'array')";
    }

    @Override
    public String duckdbReader() {
        return "read_json (array of tweets.js.json)";
    }

    @Override
    public String describe() {
        return "an X archive's data/tweets.js with account.js beside it (default 750,000 tweets, about 1.1 GB), against"
                + " read_json of tweets.js.json, the same array without the window.YTD prefix DuckDB cannot read";
    }
}
