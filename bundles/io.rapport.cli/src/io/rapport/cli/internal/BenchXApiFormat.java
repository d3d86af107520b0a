package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * X API v2 search results saved as NDJSON, one response per line as a client appends the pages it fetched:
 * {@code data} with 100 tweets (the last page fewer), {@code includes.users} with every author and mentioned
 * account of the page (once each, {@code id}/{@code name}/{@code username}, names with accents and emoji), and
 * {@code meta} ({@code newest_id}, {@code oldest_id}, {@code result_count}, {@code next_token}). The tweets carry
 * the fields of a request for {@code created_at,author_id,conversation_id,public_metrics,entities,
 * referenced_tweets,lang,in_reply_to_user_id,edit_history_tweet_ids,reply_settings,possibly_sensitive}: customers
 * mentioning the brand ({@code @AcmeSupport}, its mention entity), replies within the 16 conversations open at the
 * time ({@code replied_to} a recent tweet of it, {@code conversation_id} its root), about one in five replies by
 * the brand's account, retweets ({@code RT @...}, {@code retweeted}), quotes, now and then a long post with its
 * {@code note_tweet}, {@code &amp;} as the API escapes it, links with their URL entities. No
 * {@code includes.tweets} (no {@code referenced_tweets.id} expansion), so every tweet is in {@code data} once.
 * About 800 bytes a tweet.
 */
final class BenchXApiFormat implements BenchFormat {
    private static final String BRAND_ID = "1000";
    private static final String BRAND = "AcmeSupport";
    private static final long FIRST_ID = 1_760_000_000_000_000_000L;
    private static final long START = 1_735_689_600L; // 2025-01-01T00:00:00Z
    private static final int PAGE = 100;
    private static final int OPEN = 16;
    private static final int RECENT = 6;
    private static final String[] LANGS = { "en", "en", "en", "en", "de", "fr", "es", "und" };
    private static final String[] EXTRA = { "&amp;", "café", "Grüße", "😡", "🙏", "naïve", "don't", "#outage" };
    private static final String[] NAMES = { "Kim Lee", "Zoë 🌱", "Raj Patel", "José Álvarez", "Mira K.", "Ola 🇳🇴" };

    @Override
    public String id() {
        return "x-api-v2";
    }

    @Override
    public long defaultRows() {
        return 1_400_000L; // 772 bytes a tweet (measured at 10,000): 1.08 GB
    }

    @Override
    public String fileName() {
        return "bench.xapi.ndjson";
    }

    /** An open conversation: its root and the ids and authors of its latest tweets. */
    private static final class Conversation {
        long root;
        final long[] recent = new long[RECENT];
        final int[] authors = new int[RECENT];
        int tweets;
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261128L);
        Conversation[] open = new Conversation[OPEN];
        for (int c = 0; c < OPEN; c++) {
            open[c] = new Conversation();
        }
        Set<Integer> users = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(1200);
        int opened = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (long first = 0; first < rows; first += PAGE) {
                long last = Math.min(rows, first + PAGE) - 1;
                users.clear();
                g.writeStartObject();
                g.writeArrayFieldStart("data");
                for (long i = first; i <= last; i++) {
                    boolean root = opened < OPEN || random.nextInt(3) == 0;
                    Conversation c = open[opened < OPEN ? opened++ : random.nextInt(OPEN)];
                    tweet(g, random, text, users, i, root, c);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("includes");
                g.writeArrayFieldStart("users");
                for (int u : users) {
                    g.writeStartObject();
                    if (u == 0) {
                        g.writeStringField("id", BRAND_ID);
                        g.writeStringField("name", "Acme Support");
                        g.writeStringField("username", BRAND);
                    } else {
                        g.writeStringField("id", Long.toString(2_000_000_000L + u));
                        g.writeStringField("name", NAMES[u % NAMES.length] + " " + u % 97);
                        g.writeStringField("username", handle(u));
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("meta");
                g.writeStringField("newest_id", Long.toString(id(last)));
                g.writeStringField("oldest_id", Long.toString(id(first)));
                g.writeNumberField("result_count", last - first + 1);
                if (last + 1 < rows) {
                    g.writeStringField("next_token", "b26v89c19zqg8o3f" + Long.toString(first / PAGE, 36));
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    private static void tweet(JsonGenerator g, SplittableRandom random, StringBuilder text, Set<Integer> users,
            long i, boolean root, Conversation c) throws IOException {
        long id = id(i);
        int author;
        String kind; // post (mentioning the brand), reply, retweet, quote
        long parent = 0;
        int parentAuthor = 0;
        if (root) {
            author = 1 + random.nextInt(400_000);
            int k = random.nextInt(20);
            kind = k == 0 ? "retweet" : k == 1 ? "quote" : "post";
            c.root = id;
            c.tweets = 0;
        } else {
            int r = random.nextInt(Math.min(c.tweets + 1, RECENT + 1));
            parent = r == 0 ? c.root : c.recent[r - 1];
            parentAuthor = r == 0 ? -1 : c.authors[r - 1];
            author = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(400_000);
            kind = "reply";
        }
        users.add(author);
        text.setLength(0);
        int mentionStart = -1;
        String mentioned = null;
        int mentionedUser = -1;
        if (kind.equals("retweet")) {
            text.append("RT @").append(BRAND).append(": ");
            mentionStart = 3;
            mentioned = BRAND;
            mentionedUser = 0;
        } else if (kind.equals("post") && random.nextInt(4) != 0) {
            mentionStart = 0;
            mentioned = BRAND;
            mentionedUser = 0;
            text.append('@').append(BRAND).append(' ');
        } else if (kind.equals("reply")) {
            mentionedUser = parentAuthor >= 0 ? parentAuthor : 1 + random.nextInt(400_000);
            mentioned = mentionedUser == 0 ? BRAND : handle(mentionedUser);
            mentionStart = 0;
            text.append('@').append(mentioned).append(' ');
        }
        if (mentionedUser >= 0) {
            users.add(mentionedUser);
        }
        boolean note = random.nextInt(40) == 0;
        int words = note ? 60 + random.nextInt(60) : 5 + random.nextInt(30);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(random.nextInt(12) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                    : BenchDataWriter.word(random));
        }
        boolean link = author == 0 && random.nextInt(3) == 0 || kind.equals("quote");
        String url = "https://t.co/" + Long.toString(id % 60_466_176L + 60_466_176L, 36);
        String full = text.toString();
        int cut = Math.min(full.length(), 270);
        if (Character.isHighSurrogate(full.charAt(cut - 1))) {
            cut--; // never half an emoji
        }
        String visible = note ? full.substring(0, cut) + "…" : full;
        if (link) {
            visible = visible + " " + url;
        }
        String created = Instant.ofEpochSecond(START + i * 3 + random.nextInt(3)).toString();
        g.writeStartObject();
        g.writeArrayFieldStart("edit_history_tweet_ids");
        g.writeString(Long.toString(id));
        g.writeEndArray();
        g.writeStringField("conversation_id", Long.toString(c.root));
        g.writeStringField("author_id", author == 0 ? BRAND_ID : Long.toString(2_000_000_000L + author));
        g.writeStringField("created_at", created.substring(0, created.length() - 1) + ".000Z");
        if (mentioned != null || link) {
            g.writeObjectFieldStart("entities");
            if (mentioned != null) {
                g.writeArrayFieldStart("mentions");
                g.writeStartObject();
                g.writeNumberField("start", mentionStart);
                g.writeNumberField("end", mentionStart + 1 + mentioned.length());
                g.writeStringField("username", mentioned);
                g.writeStringField("id", mentionedUser == 0 ? BRAND_ID : Long.toString(2_000_000_000L + mentionedUser));
                g.writeEndObject();
                g.writeEndArray();
            }
            if (link) {
                g.writeArrayFieldStart("urls");
                g.writeStartObject();
                g.writeNumberField("start", visible.length() - url.length());
                g.writeNumberField("end", visible.length());
                g.writeStringField("url", url);
                g.writeStringField("expanded_url", "https://status.acme.example/incidents/" + i % 9_973);
                g.writeStringField("display_url", "status.acme.example/incidents/…");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        if (kind.equals("reply")) {
            g.writeStringField("in_reply_to_user_id",
                    mentionedUser == 0 ? BRAND_ID : Long.toString(2_000_000_000L + mentionedUser));
        }
        if (!kind.equals("post")) {
            g.writeArrayFieldStart("referenced_tweets");
            g.writeStartObject();
            g.writeStringField("type", kind.equals("reply") ? "replied_to" : kind.equals("quote") ? "quoted" : "retweeted");
            g.writeStringField("id", Long.toString(kind.equals("reply") ? parent : id - 1_000_000_000L));
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeStringField("lang", LANGS[random.nextInt(LANGS.length)]);
        g.writeObjectFieldStart("public_metrics");
        g.writeNumberField("retweet_count", random.nextInt(10) == 0 ? random.nextInt(200) : 0);
        g.writeNumberField("reply_count", random.nextInt(4));
        g.writeNumberField("like_count", random.nextInt(60));
        g.writeNumberField("quote_count", random.nextInt(30) == 0 ? 1 : 0);
        g.writeNumberField("bookmark_count", random.nextInt(50) == 0 ? 1 : 0);
        g.writeNumberField("impression_count", random.nextInt(5_000));
        g.writeEndObject();
        g.writeBooleanField("possibly_sensitive", false);
        g.writeStringField("reply_settings", "everyone");
        if (note) {
            g.writeObjectFieldStart("note_tweet");
            g.writeStringField("text", full);
            g.writeEndObject();
        }
        g.writeStringField("id", Long.toString(id));
        g.writeStringField("text", visible);
        g.writeEndObject();
        if (!root || c.tweets == 0) {
            c.recent[c.tweets % RECENT] = id;
            c.authors[c.tweets % RECENT] = author;
            c.tweets++;
        }
    }

    private static long id(long i) {
        return FIRST_ID + i * 4_194_304L; // snowflake ids, ascending with time
    }

    private static String handle(int user) {
        return "user" + Integer.toString(user, 36);
    }

    @Override
    public String duckdbLoad() {
        return "CREATE TABLE interactions AS SELECT unnest(data) AS tweet FROM read_json(?, format = 'newline_delimited')";
    }

    @Override
    public String duckdbReader() {
        return "read_json (unnest data)";
    }

    @Override
    public String describe() {
        return "X API v2 search pages as NDJSON, 100 tweets and their users a line (default 1,400,000 tweets, about"
                + " 1.1 GB), against read_json with unnest(data)";
    }
}
