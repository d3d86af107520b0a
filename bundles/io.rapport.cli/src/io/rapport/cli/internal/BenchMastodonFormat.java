package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A Mastodon account archive's {@code outbox.json} as Mastodon's backup writes it: one compact JSON document, an
 * {@code OrderedCollection} whose {@code orderedItems} are the brand account's activities (its {@code @context}
 * after them, as the backup appends it), with {@code actor.json} beside it naming the owner. About 55 % are
 * replies ({@code Create} of a {@code Note} with {@code inReplyTo}: mostly to customers on other servers, with a
 * {@code Mention} tag and an h-card link in the HTML, some to the account's own earlier notes), 25 % top-level
 * posts with hashtags and links, 10 % posts that only mention someone, 10 % boosts ({@code Announce} of another
 * account's status URI). Notes carry HTML {@code content} and the same HTML in {@code contentMap}, the
 * {@code replies} collection, {@code likes}/{@code shares} counts, a conversation tag; some texts have
 * entities, line breaks, accented words and emoji, a few timestamps a numeric offset. About 2.2 KB per
 * activity: the default 530,000 give about 1.09 GB (over 1 GiB).
 * <p>
 * The baseline is DuckDB's {@code read_json} of the whole document with a {@code maximum_object_size} above the
 * file's size, unnesting {@code orderedItems}: one row per activity.
 */
final class BenchMastodonFormat implements BenchFormat {
    private static final String HOST = "https://social.example";
    private static final String ACTOR = HOST + "/users/acme";
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final String[] SERVERS = { "https://mastodon.example", "https://fosstodon.example",
            "https://chaos.example", "https://mas.example" };
    private static final String[] LANGUAGES = { "en", "en", "en", "en", "de", "fr" };
    private static final String[] TAGS = { "release", "support", "outage", "android", "ios", "update" };
    private static final String[] FLOURISHES = { " &amp; thanks", " \u2014 Gr\u00fc\u00dfe aus M\u00fcnchen",
            " caf\u00e9 cr\u00e8me", " \ud83c\udf89", " \ud83d\ude4f", " &quot;beta&quot;" };

    @Override
    public String id() {
        return "mastodon";
    }

    @Override
    public long defaultRows() {
        return 530_000L;
    }

    @Override
    public String fileName() {
        return "outbox.json";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        writeActor(file.resolveSibling("actor.json"));
        SplittableRandom random = new SplittableRandom(20261127L);
        JsonFactory factory = new JsonFactory();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", "outbox.json");
            g.writeStringField("type", "OrderedCollection");
            g.writeNumberField("totalItems", rows);
            g.writeArrayFieldStart("orderedItems");
            StringBuilder html = new StringBuilder(512);
            for (long i = 0; i < rows; i++) {
                activity(g, random, html, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("@context");
            g.writeString("https://www.w3.org/ns/activitystreams");
            g.writeStartObject();
            g.writeStringField("ostatus", "http://ostatus.org#");
            g.writeStringField("atomUri", "ostatus:atomUri");
            g.writeStringField("inReplyToAtomUri", "ostatus:inReplyToAtomUri");
            g.writeStringField("conversation", "ostatus:conversation");
            g.writeStringField("sensitive", "as:sensitive");
            g.writeStringField("toot", "http://joinmastodon.org/ns#");
            g.writeStringField("Hashtag", "as:Hashtag");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeActor(Path actor) throws IOException {
        Files.writeString(actor, """
                {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1"],\
                "id":"%s","type":"Person","following":"following.json","followers":"followers.json",\
                "inbox":"inbox.json","outbox":"outbox.json","preferredUsername":"acme","name":"ACME Support",\
                "summary":"<p>Official support account of ACME.</p>","url":"%s/@acme",\
                "manuallyApprovesFollowers":false,"discoverable":true,"published":"2022-11-05T00:00:00Z"}
                """.formatted(ACTOR, HOST), StandardCharsets.UTF_8);
    }

    private static String statusUri(long i) {
        return ACTOR + "/statuses/" + statusId(i);
    }

    private static long statusId(long i) {
        return 110_000_000_000_000_000L + i * 137;
    }

    private static void activity(JsonGenerator g, SplittableRandom random, StringBuilder html, long i)
            throws IOException {
        int kind = random.nextInt(100);
        long seconds = BenchDataWriter.START + i * 60 + random.nextInt(60);
        String published = random.nextInt(50) == 0
                // (with its seconds always, as Mastodon writes them: OffsetDateTime.toString drops :00)
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofHours(1)))
                : Instant.ofEpochSecond(seconds).toString();
        String customerServer = SERVERS[random.nextInt(SERVERS.length)];
        String customer = "user" + random.nextInt(200_000);
        String customerActor = customerServer + "/users/" + customer;
        String customerStatus = customerActor + "/statuses/" + (113_000_000_000_000_000L + random.nextLong(1L << 40));
        g.writeStartObject();
        g.writeStringField("id", statusUri(i) + "/activity");
        if (kind < 10) {
            g.writeStringField("type", "Announce");
            g.writeStringField("actor", ACTOR);
            g.writeStringField("published", published);
            g.writeArrayFieldStart("to");
            g.writeString(PUBLIC);
            g.writeEndArray();
            g.writeArrayFieldStart("cc");
            g.writeString(customerActor);
            g.writeString(ACTOR + "/followers");
            g.writeEndArray();
            g.writeStringField("object", customerStatus);
            g.writeEndObject();
            return;
        }
        boolean reply = kind >= 45;
        boolean toCustomer = reply && kind < 90;
        boolean mentions = toCustomer || (kind >= 35 && kind < 45);
        String inReplyTo = !reply ? null : toCustomer ? customerStatus : statusUri(random.nextLong(Math.max(1, i)));
        g.writeStringField("type", "Create");
        g.writeStringField("actor", ACTOR);
        g.writeStringField("published", published);
        audience(g, mentions ? customerActor : null);
        g.writeObjectFieldStart("object");
        g.writeStringField("id", statusUri(i));
        g.writeStringField("type", "Note");
        g.writeNullField("summary");
        g.writeStringField("inReplyTo", inReplyTo);
        g.writeStringField("published", published);
        g.writeStringField("url", HOST + "/@acme/" + statusId(i));
        g.writeStringField("attributedTo", ACTOR);
        audience(g, mentions ? customerActor : null);
        g.writeBooleanField("sensitive", false);
        g.writeStringField("atomUri", statusUri(i));
        g.writeStringField("inReplyToAtomUri", inReplyTo);
        g.writeStringField("conversation", "tag:social.example,2025:objectId="
                + (reply ? random.nextLong(Math.max(1, i)) : i) + ":objectType=Conversation");
        content(html, random, mentions ? customerServer : null, customer);
        String text = html.toString();
        g.writeStringField("content", text);
        g.writeObjectFieldStart("contentMap");
        g.writeStringField(LANGUAGES[random.nextInt(LANGUAGES.length)], text);
        g.writeEndObject();
        g.writeArrayFieldStart("attachment");
        g.writeEndArray();
        g.writeArrayFieldStart("tag");
        if (mentions) {
            g.writeStartObject();
            g.writeStringField("type", "Mention");
            g.writeStringField("href", customerActor);
            g.writeStringField("name", "@" + customer + "@" + customerServer.substring("https://".length()));
            g.writeEndObject();
        }
        if (!reply) {
            String tag = TAGS[(int) (i % TAGS.length)];
            g.writeStartObject();
            g.writeStringField("type", "Hashtag");
            g.writeStringField("href", HOST + "/tags/" + tag);
            g.writeStringField("name", "#" + tag);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("replies");
        g.writeStringField("id", statusUri(i) + "/replies");
        g.writeStringField("type", "Collection");
        g.writeObjectFieldStart("first");
        g.writeStringField("type", "CollectionPage");
        g.writeStringField("next", statusUri(i) + "/replies?only_other_accounts=true&page=true");
        g.writeStringField("partOf", statusUri(i) + "/replies");
        g.writeArrayFieldStart("items");
        g.writeEndArray();
        g.writeEndObject();
        g.writeNumberField("totalItems", random.nextInt(reply ? 3 : 12));
        g.writeEndObject();
        counts(g, "likes", statusUri(i), random.nextInt(reply ? 8 : 60));
        counts(g, "shares", statusUri(i), random.nextInt(reply ? 2 : 15));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void audience(JsonGenerator g, String mentioned) throws IOException {
        g.writeArrayFieldStart("to");
        g.writeString(PUBLIC);
        g.writeEndArray();
        g.writeArrayFieldStart("cc");
        g.writeString(ACTOR + "/followers");
        if (mentioned != null) {
            g.writeString(mentioned);
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, String status, int total) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("id", status + "/" + name);
        g.writeStringField("type", "Collection");
        g.writeNumberField("totalItems", total);
        g.writeEndObject();
    }

    /** Status HTML as Mastodon renders it: paragraphs, an h-card mention, hashtag links, shortened links. */
    private static void content(StringBuilder html, SplittableRandom random, String server, String customer) {
        html.setLength(0);
        html.append("<p>");
        if (server != null) {
            html.append("<span class=\"h-card\" translate=\"no\"><a href=\"").append(server).append("/@")
                    .append(customer).append("\" class=\"u-url mention\">@<span>").append(customer)
                    .append("</span></a></span> ");
        }
        BenchDataWriter.words(html, random, 6 + random.nextInt(20));
        int extra = random.nextInt(8);
        if (extra == 0) {
            html.append("<br>");
            BenchDataWriter.words(html, random, 3 + random.nextInt(8));
        } else if (extra == 1) {
            html.append("</p><p>");
            BenchDataWriter.words(html, random, 3 + random.nextInt(12));
        } else if (extra == 2) {
            html.append(" <a href=\"https://acme.example/status/").append(random.nextInt(10_000))
                    .append("\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\">")
                    .append("<span class=\"invisible\">https://</span><span class=\"ellipsis\">acme.example/status/")
                    .append("</span><span class=\"invisible\"></span></a>");
        } else if (extra == 3) {
            html.append(FLOURISHES[random.nextInt(FLOURISHES.length)]);
        }
        if (server == null && random.nextInt(2) == 0) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            html.append(" <a href=\"https://social.example/tags/").append(tag)
                    .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(tag).append("</span></a>");
        }
        html.append("</p>");
    }


    @Override
    public String duckdbLoad() {
        // the whole outbox is one JSON value: the reader's object limit must exceed the file
        return "CREATE TABLE interactions AS SELECT unnest(orderedItems, recursive := false) AS activity"
                + " FROM read_json(?, maximum_object_size = 4000000000)";
    }

    @Override
    public String duckdbReader() {
        return "read_json (one document, unnest orderedItems)";
    }

    @Override
    public String describe() {
        return "a Mastodon archive outbox.json with actor.json (default 530,000 activities, about 1.1 GB in one"
                + " JSON document), against read_json unnesting orderedItems";
    }
}
