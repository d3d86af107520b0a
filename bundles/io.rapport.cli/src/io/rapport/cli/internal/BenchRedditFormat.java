package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A Pushshift dump of one subreddit, comments and submissions mixed in one NDJSON file, one compact object per
 * line with the fields the dumps carry (author flair, awards, moderation flags, {@code retrieved_on}): about one
 * submission in 15 records, the comments spread over the 16 threads open at the time, each on its submission
 * ({@code t3_} parent) or a reply to a recent comment of the same thread ({@code t1_} parent); about one in ten
 * by the brand's moderator account ({@code distinguished: "moderator"}, addressing the customer as {@code u/});
 * {@code created_utc} mostly an integer, one in six a string and one in twenty a float (as some Pushshift months
 * and the API write it); {@code [deleted]} authors and {@code [removed]}/{@code [deleted]} texts; {@code name}
 * (the fullname) on about half of the records; negative scores; {@code edited} false or a timestamp; Markdown
 * quotes ({@code &gt;}), links, paragraphs, accents, quotes and emoji in the texts. About 1.2 KB a record.
 */
final class BenchRedditFormat implements BenchFormat {
    private static final String SUBREDDIT = "Nimbalo";
    private static final String SUBREDDIT_ID = "t5_2xk4m";
    private static final String BRAND = "NimbaloSupport";
    private static final String[] EXTRA = { "café", "naïve", "👍", "😕", "Grüße", "&amp;", "don't", "\"really\"",
            "u/" + BRAND, "/u/" + BRAND };
    private static final String[] FLAIRS = { "Broadband", "Mobile", "Billing", "Resolved ✅" };
    private static final long START = 1_704_067_200L; // 2024-01-01T00:00:00Z
    /** Threads open at a time, and the recent comments of each that replies go to. */
    private static final int OPEN_THREADS = 16;
    private static final int RECENT = 8;

    @Override
    public String id() {
        return "reddit";
    }

    @Override
    public long defaultRows() {
        return 900_000L; // 1,221 bytes a record (measured at 10,000): 1.1 GB
    }

    @Override
    public String fileName() {
        return "bench.reddit.ndjson";
    }

    /** An open thread: its submission and the ids of its latest comments. */
    private static final class Thread {
        String id;
        String slug;
        final String[] recent = new String[RECENT];
        int comments;
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261127L);
        Thread[] open = new Thread[OPEN_THREADS];
        for (int t = 0; t < OPEN_THREADS; t++) {
            open[t] = new Thread();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setRootValueSeparator(null);
            StringBuilder text = new StringBuilder(800);
            int opened = 0;
            for (long i = 0; i < rows; i++) {
                long created = START + i * 5 + random.nextInt(5);
                String id = Long.toString(1_500_000_000L + i, 36);
                if (opened < OPEN_THREADS || random.nextInt(15) == 0) {
                    Thread t = open[opened < OPEN_THREADS ? opened++ : random.nextInt(OPEN_THREADS)];
                    t.id = id;
                    t.slug = slug(random);
                    t.comments = 0;
                    submission(g, random, text, t, created);
                } else {
                    Thread t = open[random.nextInt(OPEN_THREADS)];
                    comment(g, random, text, t, id, created);
                    t.recent[t.comments++ % RECENT] = id;
                }
                g.writeRaw('\n');
            }
        }
    }

    private static void submission(JsonGenerator g, SplittableRandom random, StringBuilder text, Thread t,
            long created) throws IOException {
        boolean brand = random.nextInt(12) == 0;
        boolean deleted = !brand && random.nextInt(40) == 0;
        String author = brand ? BRAND : deleted ? "[deleted]" : user(random);
        String permalink = "/r/" + SUBREDDIT + "/comments/" + t.id + "/" + t.slug + "/";
        g.writeStartObject();
        g.writeArrayFieldStart("all_awardings");
        g.writeEndArray();
        g.writeBooleanField("allow_live_comments", false);
        g.writeBooleanField("archived", false);
        g.writeStringField("author", author);
        author(g, random, author, deleted);
        g.writeBooleanField("can_gild", true);
        g.writeBooleanField("contest_mode", false);
        created(g, random, created);
        g.writeStringField("distinguished", brand ? "moderator" : null);
        g.writeStringField("domain", "self." + SUBREDDIT);
        edited(g, random, created);
        g.writeNumberField("gilded", 0);
        g.writeObjectFieldStart("gildings");
        g.writeEndObject();
        g.writeStringField("id", t.id);
        g.writeBooleanField("is_self", true);
        g.writeBooleanField("is_video", false);
        g.writeStringField("link_flair_text", FLAIRS[random.nextInt(FLAIRS.length)]);
        g.writeBooleanField("locked", false);
        g.writeNullField("media");
        if (random.nextBoolean()) {
            g.writeStringField("name", "t3_" + t.id);
        }
        g.writeBooleanField("no_follow", random.nextBoolean());
        g.writeNumberField("num_comments", random.nextInt(60));
        g.writeNumberField("num_crossposts", random.nextInt(20) == 0 ? 1 : 0);
        g.writeBooleanField("over_18", false);
        g.writeStringField("permalink", permalink);
        g.writeBooleanField("pinned", false);
        g.writeNumberField("retrieved_on", created + 3_600 + random.nextInt(86_400));
        g.writeNumberField("score", random.nextInt(30) == 0 ? -random.nextInt(10) : random.nextInt(400));
        String selftext;
        if (deleted) {
            selftext = random.nextBoolean() ? "[removed]" : "[deleted]";
        } else {
            text.setLength(0);
            words(random, text, 20 + random.nextInt(120), true);
            selftext = text.toString();
        }
        g.writeStringField("selftext", selftext);
        g.writeBooleanField("send_replies", true);
        g.writeBooleanField("spoiler", false);
        g.writeBooleanField("stickied", brand && random.nextInt(4) == 0);
        subreddit(g);
        g.writeNumberField("subreddit_subscribers", 48_213);
        g.writeStringField("thumbnail", "self");
        text.setLength(0);
        words(random, text, 4 + random.nextInt(10), false);
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        g.writeStringField("title", text.append('?').toString());
        g.writeNumberField("total_awards_received", 0);
        g.writeNumberField("upvote_ratio", 0.5 + random.nextInt(50) / 100.0);
        g.writeStringField("url", "https://www.reddit.com" + permalink);
        g.writeEndObject();
    }

    private static void comment(JsonGenerator g, SplittableRandom random, StringBuilder text, Thread t, String id,
            long created) throws IOException {
        boolean brand = random.nextInt(10) == 0;
        boolean deleted = !brand && random.nextInt(30) == 0;
        String author = brand ? BRAND : deleted ? "[deleted]" : user(random);
        String parent = t.comments > 0 && random.nextInt(5) < 2
                ? "t1_" + t.recent[random.nextInt(Math.min(t.comments, RECENT))] : "t3_" + t.id;
        g.writeStartObject();
        g.writeArrayFieldStart("all_awardings");
        g.writeEndArray();
        g.writeBooleanField("archived", false);
        g.writeNullField("associated_award");
        g.writeStringField("author", author);
        author(g, random, author, deleted);
        String body;
        if (deleted) {
            body = random.nextBoolean() ? "[removed]" : "[deleted]";
        } else {
            text.setLength(0);
            if (brand) {
                text.append("Hi u/").append(user(random)).append(", sorry about that. ");
            } else if (random.nextInt(8) == 0) {
                text.append("&gt; ");
            }
            words(random, text, 8 + random.nextInt(60), true);
            if (brand && random.nextBoolean()) {
                text.append("\n\nStatus page: https://status.nimbalo.example/incidents/").append(random.nextInt(9_000));
            }
            body = text.toString();
        }
        g.writeStringField("body", body);
        g.writeBooleanField("can_gild", true);
        g.writeBooleanField("collapsed", false);
        g.writeNullField("collapsed_reason");
        g.writeNumberField("controversiality", random.nextInt(20) == 0 ? 1 : 0);
        created(g, random, created);
        g.writeStringField("distinguished", brand ? "moderator" : null);
        edited(g, random, created);
        g.writeNumberField("gilded", 0);
        g.writeObjectFieldStart("gildings");
        g.writeEndObject();
        g.writeStringField("id", id);
        g.writeBooleanField("is_submitter", random.nextInt(6) == 0);
        g.writeStringField("link_id", "t3_" + t.id);
        g.writeBooleanField("locked", false);
        if (random.nextBoolean()) {
            g.writeStringField("name", "t1_" + id);
        }
        g.writeBooleanField("no_follow", random.nextBoolean());
        g.writeStringField("parent_id", parent);
        g.writeStringField("permalink", "/r/" + SUBREDDIT + "/comments/" + t.id + "/" + t.slug + "/" + id + "/");
        g.writeNumberField("retrieved_on", created + 3_600 + random.nextInt(86_400));
        g.writeNumberField("score", random.nextInt(12) == 0 ? -random.nextInt(15) : random.nextInt(120));
        g.writeBooleanField("send_replies", true);
        g.writeBooleanField("stickied", false);
        subreddit(g);
        g.writeNumberField("total_awards_received", 0);
        g.writeArrayFieldStart("treatment_tags");
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void author(JsonGenerator g, SplittableRandom random, String author, boolean deleted)
            throws IOException {
        boolean flair = !deleted && random.nextInt(4) == 0;
        g.writeStringField("author_flair_background_color", flair ? "#dadada" : null);
        g.writeStringField("author_flair_css_class", flair ? "customer" : null);
        g.writeArrayFieldStart("author_flair_richtext");
        g.writeEndArray();
        g.writeStringField("author_flair_template_id", null);
        g.writeStringField("author_flair_text", flair ? FLAIRS[random.nextInt(FLAIRS.length)] : null);
        g.writeStringField("author_flair_text_color", flair ? "dark" : null);
        g.writeStringField("author_flair_type", "text");
        if (!deleted) {
            g.writeStringField("author_fullname", "t2_" + Integer.toString(author.hashCode() & 0x7fffffff, 36));
            g.writeBooleanField("author_premium", random.nextInt(20) == 0);
        }
    }

    /** An integer mostly; a string or a float as some dump months and the API write it. */
    private static void created(JsonGenerator g, SplittableRandom random, long created) throws IOException {
        int quirk = random.nextInt(60);
        g.writeFieldName("created_utc");
        if (quirk < 10) {
            g.writeString(Long.toString(created));
        } else if (quirk < 13) {
            g.writeNumber(created + ".0");
        } else {
            g.writeNumber(created);
        }
    }

    private static void edited(JsonGenerator g, SplittableRandom random, long created) throws IOException {
        if (random.nextInt(15) == 0) {
            g.writeNumberField("edited", created + 60 + random.nextInt(7_200));
        } else {
            g.writeBooleanField("edited", false);
        }
    }

    private static void subreddit(JsonGenerator g) throws IOException {
        g.writeStringField("subreddit", SUBREDDIT);
        g.writeStringField("subreddit_id", SUBREDDIT_ID);
        g.writeStringField("subreddit_name_prefixed", "r/" + SUBREDDIT);
        g.writeStringField("subreddit_type", "public");
    }

    /** Appends {@code n} words, now and then one with accents, emoji, quotes or a mention; paragraphs if asked. */
    private static void words(SplittableRandom random, StringBuilder text, int n, boolean paragraphs) {
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                text.append(paragraphs && random.nextInt(40) == 0 ? "\n\n" : " ");
            }
            text.append(random.nextInt(12) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                    : BenchDataWriter.word(random));
        }
    }

    private static String user(SplittableRandom random) {
        return "user_" + Integer.toString(random.nextInt(300_000), 36);
    }

    private static String slug(SplittableRandom random) {
        StringBuilder s = new StringBuilder(48);
        int n = 3 + random.nextInt(5);
        for (int w = 0; w < n; w++) {
            s.append(w == 0 ? "" : "_").append(BenchDataWriter.word(random));
        }
        return s.toString();
    }

    @Override
    public String duckdbLoad() {
        return BenchFormats.READ_NDJSON;
    }

    @Override
    public String duckdbReader() {
        return "read_json";
    }

    @Override
    public String describe() {
        return "a Pushshift NDJSON dump, comments and submissions mixed (default 900,000 records, about 1.1 GB),"
                + " against read_json";
    }
}
