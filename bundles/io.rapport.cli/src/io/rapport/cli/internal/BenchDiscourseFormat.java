package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A Discourse topic as {@code /t/<id>.json} returns it (compact JSON): {@code post_stream.posts} and the
 * {@code stream} of all post ids, then the topic's own fields ({@code id}, {@code slug}, {@code category_id},
 * {@code title}, {@code accepted_answer}, {@code details}) after them. The importer reads one document per file
 * and a real topic holds tens to thousands of posts, so the benchmark's file is one giant support megathread.
 * Posts as Discourse serialises them: {@code cooked} HTML (paragraphs, {@code a.mention} links, quotes of earlier
 * posts in {@code aside.quote}, emoji images, lists, link oneboxes, entities), {@code reply_to_post_number}
 * (none for a reply to the topic), {@code actions_summary} likes, {@code reply_count}, the staff flags. About
 * 70 % are customers' replies, 25 % staff answers ({@code acme_*} accounts, {@code staff}/{@code moderator}/
 * {@code admin}), 3 % staff whispers ({@code post_type} 4), 1 % moderator posts ({@code post_type} 2). After
 * every 10,000 interactions and at the end comes a small action ({@code post_type} 3, "closed this topic"),
 * which the importer skips as an event: {@code rows} counts the imported posts, not these. Post 3 is the
 * accepted answer, by staff. About 960 bytes per post: the default 1,120,000 give about 1.08 GB (over 1 GiB).
 * <p>
 * The baseline is DuckDB's {@code read_json} of the whole document with a {@code maximum_object_size} above the
 * file's size, unnesting {@code post_stream.posts} and leaving out the small actions: one row per imported post.
 */
final class BenchDiscourseFormat implements BenchFormat {
    private static final long TOPIC = 4711;
    private static final String SLUG = "sync-and-login-problems-megathread";
    private static final long FIRST_POST_ID = 52_000;
    /** Interactions between two small actions. */
    private static final long ACTIONS_EVERY = 10_000;
    private static final String[] STAFF = { "acme_jan", "acme_priya", "acme_lena", "acme_tom" };
    private static final String[] STAFF_NAMES = { "Jan (ACME)", "Priya Nair", "Lena Vogt", "Tom (ACME)" };
    private static final String[] EMOJI = { "slight_smile", "frowning", "tada", "pray", "+1" };
    private static final String[] ACTIONS = { "closed.enabled", "closed.disabled", "pinned.enabled",
            "pinned.disabled" };

    @Override
    public String id() {
        return "discourse";
    }

    @Override
    public long defaultRows() {
        return 1_120_000L;
    }

    @Override
    public String fileName() {
        return "topic-" + TOPIC + ".json";
    }

    private static long postId(long postNumber) {
        return FIRST_POST_ID + postNumber * 3;
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261129L);
        JsonFactory factory = new JsonFactory();
        long posts = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("post_stream");
            g.writeArrayFieldStart("posts");
            StringBuilder html = new StringBuilder(1024);
            for (long k = 1; k <= rows; k++) {
                posts++;
                post(g, random, html, posts);
                if (k % ACTIONS_EVERY == 0 || k == rows) {
                    posts++;
                    smallAction(g, random, posts);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stream");
            for (long n = 1; n <= posts; n++) {
                g.writeNumber(postId(n));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("timeline_lookup");
            g.writeStartArray();
            g.writeNumber(1);
            g.writeNumber(0);
            g.writeEndArray();
            g.writeEndArray();
            g.writeArrayFieldStart("suggested_topics");
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            g.writeString("desktop");
            g.writeString("sync");
            g.writeEndArray();
            g.writeNumberField("id", TOPIC);
            g.writeStringField("title", "Sync and login problems (megathread)");
            g.writeStringField("fancy_title", "Sync and login problems (megathread)");
            g.writeNumberField("posts_count", posts);
            g.writeStringField("created_at", Instant.ofEpochSecond(BenchDataWriter.START).toString());
            g.writeNumberField("views", 10 * posts);
            g.writeNumberField("reply_count", rows - 1);
            g.writeStringField("archetype", "regular");
            g.writeStringField("slug", SLUG);
            g.writeNumberField("category_id", 7);
            g.writeBooleanField("closed", true);
            g.writeObjectFieldStart("accepted_answer");
            g.writeNumberField("post_number", Math.min(3, posts));
            g.writeStringField("username", STAFF[0]);
            g.writeStringField("name", STAFF_NAMES[0]);
            g.writeEndObject();
            g.writeObjectFieldStart("details");
            g.writeObjectFieldStart("created_by");
            g.writeNumberField("id", 811);
            g.writeStringField("username", "user811");
            g.writeEndObject();
            g.writeArrayFieldStart("participants");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void post(JsonGenerator g, SplittableRandom random, StringBuilder html, long n)
            throws IOException {
        int who = random.nextInt(100);
        boolean staff = n == 3 || n > 1 && who >= 70;
        int type = n <= 3 || who < 96 ? 1 : who < 99 ? 4 : 2;
        int staffIndex = n == 3 ? 0 : random.nextInt(STAFF.length);
        long user = n == 1 ? 811 : random.nextInt(200_000);
        String username = staff ? STAFF[staffIndex] : "user" + user;
        String name = staff ? STAFF_NAMES[staffIndex] : random.nextInt(4) == 0 ? "" : "User " + user;
        Long replyTo = n <= 2 || random.nextInt(10) < 4 ? null : n - 1 - random.nextLong(Math.min(n - 1, 50));
        g.writeStartObject();
        g.writeNumberField("id", postId(n));
        g.writeStringField("name", name);
        g.writeStringField("username", username);
        g.writeStringField("avatar_template", "/user_avatar/community.acme.example/" + username + "/{size}/"
                + (1000 + user) + "_2.png");
        String created = Instant.ofEpochMilli((BenchDataWriter.START + n * 30) * 1000 + random.nextInt(30_000))
                .toString();
        g.writeStringField("created_at", created);
        cooked(html, random, replyTo, staff);
        g.writeStringField("cooked", html.toString());
        g.writeNumberField("post_number", n);
        g.writeNumberField("post_type", type);
        g.writeStringField("updated_at", created);
        g.writeNumberField("reply_count", random.nextInt(3));
        if (replyTo == null) {
            g.writeNullField("reply_to_post_number");
        } else {
            g.writeNumberField("reply_to_post_number", replyTo);
        }
        g.writeNumberField("quote_count", replyTo != null && html.indexOf("aside") >= 0 ? 1 : 0);
        g.writeNumberField("reads", 5 + random.nextInt(200));
        g.writeNumberField("score", random.nextInt(5000) / 100.0);
        g.writeNumberField("topic_id", TOPIC);
        g.writeStringField("topic_slug", SLUG);
        g.writeStringField("display_username", name);
        if (staff) {
            g.writeStringField("primary_group_name", "acme_support");
        } else {
            g.writeNullField("primary_group_name");
        }
        g.writeNumberField("version", 1 + (random.nextInt(10) == 0 ? 1 : 0));
        g.writeArrayFieldStart("actions_summary");
        int likes = random.nextInt(staff ? 12 : 4);
        if (likes > 0) {
            g.writeStartObject();
            g.writeNumberField("id", 2);
            g.writeNumberField("count", likes);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("moderator", staff && staffIndex != 1);
        g.writeBooleanField("admin", staff && staffIndex == 1);
        g.writeBooleanField("staff", staff);
        g.writeNumberField("user_id", staff ? 2 + staffIndex : 1000 + user);
        g.writeNumberField("trust_level", staff ? 4 : random.nextInt(4));
        g.writeNullField("deleted_at");
        g.writeBooleanField("user_deleted", false);
        g.writeBooleanField("wiki", false);
        g.writeBooleanField("accepted_answer", n == 3);
        g.writeEndObject();
    }

    /** A "closed this topic" event: a post the importer skips. */
    private static void smallAction(JsonGenerator g, SplittableRandom random, long n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", postId(n));
        g.writeStringField("name", "system");
        g.writeStringField("username", "system");
        g.writeStringField("created_at",
                Instant.ofEpochSecond(BenchDataWriter.START + n * 30 + random.nextInt(30)).toString());
        g.writeStringField("cooked", "");
        g.writeNumberField("post_number", n);
        g.writeNumberField("post_type", 3);
        g.writeStringField("action_code", ACTIONS[random.nextInt(ACTIONS.length)]);
        g.writeNullField("reply_to_post_number");
        g.writeNumberField("topic_id", TOPIC);
        g.writeStringField("topic_slug", SLUG);
        g.writeArrayFieldStart("actions_summary");
        g.writeEndArray();
        g.writeBooleanField("moderator", true);
        g.writeBooleanField("admin", true);
        g.writeBooleanField("staff", true);
        g.writeEndObject();
    }

    /** Post HTML as Discourse cooks it. */
    private static void cooked(StringBuilder html, SplittableRandom random, Long replyTo, boolean staff) {
        html.setLength(0);
        if (replyTo != null && random.nextInt(3) == 0) {
            long quoted = random.nextInt(200_000);
            html.append("<aside class=\"quote no-group\" data-username=\"user").append(quoted)
                    .append("\" data-post=\"").append(replyTo).append("\" data-topic=\"").append(TOPIC)
                    .append("\">\n<div class=\"title\">\n<div class=\"quote-controls\"></div>\nUser ").append(quoted)
                    .append(":</div>\n<blockquote>\n<p>");
            BenchDataWriter.words(html, random, 4 + random.nextInt(10));
            html.append("</p>\n</blockquote>\n</aside>\n");
        }
        html.append("<p>");
        if (staff || random.nextInt(5) == 0) {
            String mentioned = "user" + random.nextInt(200_000);
            html.append("Hi <a class=\"mention\" href=\"/u/").append(mentioned).append("\">@").append(mentioned)
                    .append("</a>, ");
        }
        BenchDataWriter.words(html, random, 8 + random.nextInt(30));
        int extra = random.nextInt(10);
        if (extra == 0) {
            html.append(" <img src=\"/images/emoji/twitter/").append(EMOJI[random.nextInt(EMOJI.length)])
                    .append(".png?v=12\" title=\":").append(EMOJI[random.nextInt(EMOJI.length)])
                    .append(":\" class=\"emoji\" alt=\":").append(EMOJI[random.nextInt(EMOJI.length)])
                    .append(":\" loading=\"lazy\" width=\"20\" height=\"20\">");
        } else if (extra == 1) {
            html.append(" &amp; ");
            BenchDataWriter.words(html, random, 3);
            html.append(" &ndash; <strong>5.1.2</strong>");
        }
        html.append("</p>");
        if (staff && extra == 2) {
            html.append("\n<ol>\n<li>Open <em>Settings \u2192 About</em></li>\n<li>Click <em>Check for updates</em>"
                    + "</li>\n</ol>");
        } else if (extra == 3) {
            html.append("\n<aside class=\"onebox allowlistedgeneric\""
                    + " data-onebox-src=\"https://docs.acme.example/sync\">"
                    + "\n  <header class=\"source\"><a href=\"https://docs.acme.example/sync\">docs.acme.example</a>"
                    + "</header>\n  <article class=\"onebox-body\"><h3>Setting up sync</h3><p>Sync keeps your files up"
                    + " to date on every device.</p></article>\n</aside>");
        } else if (extra == 4) {
            html.append("\n<p>");
            BenchDataWriter.words(html, random, 5 + random.nextInt(15));
            html.append("</p>");
        }
    }


    @Override
    public String duckdbLoad() {
        // the whole topic is one JSON value: the reader's object limit must exceed the file; small actions
        // ("closed this topic") are events the import skips, so the baseline leaves them out too
        return "CREATE TABLE interactions AS SELECT * FROM (SELECT unnest(post_stream.posts, recursive := false)"
                + " AS post FROM read_json(?, maximum_object_size = 4000000000)) WHERE post.post_type <> 3";
    }

    @Override
    public String duckdbReader() {
        return "read_json (one document, unnest post_stream.posts)";
    }

    @Override
    public String describe() {
        return "one giant Discourse topic /t/<id>.json (default 1,120,000 posts, about 1.08 GB in one JSON document),"
                + " against read_json unnesting post_stream.posts";
    }
}
