package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * App Store Connect {@code GET /v1/apps/{id}/customerReviews?include=response&limit=200} responses as a paging
 * script saves them: one JSON array of pages, each {@code {"data": [...], "included": [...], "links", "meta"}}.
 * Reviews carry rating, title, body, a nickname (some empty), {@code createdDate} with the reviewer's offset and a
 * territory; about half are answered by a {@code customerReviewResponses} resource in the page's {@code included},
 * most linked from the review's {@code relationships.response.data}, one in five naming its review itself
 * ({@code relationships.review}, the review's own link without {@code data}), some {@code PENDING_PUBLISH}.
 * Reviews and responses are one interaction each, so {@code rows} counts both.
 */
final class BenchAppStoreFormat implements BenchFormat {
    private static final int PAGE = 200;
    private static final String API = "https://api.appstoreconnect.apple.com/v1/";
    private static final String[] NICKNAMES = { "kiwi_runner", "Jo B", "", "mike1987", "Zoë", "happy camper", "" };
    private static final String[] TERRITORIES = { "USA", "GBR", "DEU", "FRA", "CAN", "AUS", "JPN" };
    private static final String[] TITLES = { "Face ID broken", "Best banking app", "Widgets", "Crashes", "Meh" };
    private static final String[] EXTRA = { "Face ID", "iOS 18.3", "widget", "ça", "Über", "🤬", "\"smart\"" };
    private static final String[] RESPONSES = { "Thanks for reporting this. Version 4.3 fixes Face ID login, please update.",
            "We are looking into widget refresh.", "Thank you for the kind review!",
            "Sorry to hear that. Please contact us in the app under Help so we can take a look." };
    private static final DateTimeFormatter[] ZONES = { zone(-8), zone(-5), zone(1), zone(0), zone(9) };

    @Override
    public String id() {
        return "app-store";
    }

    @Override
    public long defaultRows() {
        return 1_650_000L; // 672 bytes an interaction at 10,000: 1.1 GB
    }

    @Override
    public String fileName() {
        return "customerReviews-bench.json";
    }

    /** A review of the page being written, and the response that answers it (or null). */
    private record Review(String id, String responseId, boolean linksResponse) {
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261129L);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartArray();
            StringBuilder text = new StringBuilder(512);
            List<Review> page = new ArrayList<>(PAGE);
            long left = rows;
            long i = 0;
            for (int p = 0; left > 0; p++) {
                g.writeStartObject();
                g.writeArrayFieldStart("data");
                page.clear();
                for (int k = 0; k < PAGE && left > 0; k++, i++) {
                    boolean answered = left >= 2 && random.nextBoolean();
                    left -= answered ? 2 : 1;
                    Review r = new Review(uuid("00000041", i), answered ? uuid("6a1b0000", i) : null,
                            random.nextInt(5) != 0);
                    page.add(r);
                    review(g, r, random, text, BenchDataWriter.START + i * 40 + random.nextInt(40));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("included");
                for (Review r : page) {
                    if (r.responseId() != null) {
                        response(g, r, random, BenchDataWriter.START + 86_400 + (i - page.size()) * 40);
                    }
                }
                g.writeEndArray();
                g.writeObjectFieldStart("links");
                String self = API + "apps/1234567890/customerReviews?include=response&limit=" + PAGE + "&sort=-createdDate";
                g.writeStringField("self", p == 0 ? self : self + "&cursor=" + Integer.toString(p * PAGE, 36));
                if (left > 0) {
                    g.writeStringField("next", self + "&cursor=" + Integer.toString((p + 1) * PAGE, 36));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("meta");
                g.writeObjectFieldStart("paging");
                g.writeNumberField("total", rows);
                g.writeNumberField("limit", PAGE);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndArray();
        }
    }

    private static void review(JsonGenerator g, Review r, SplittableRandom random, StringBuilder text, long created)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "customerReviews");
        g.writeStringField("id", r.id());
        g.writeObjectFieldStart("attributes");
        g.writeNumberField("rating", 1 + random.nextInt(5));
        g.writeStringField("title", TITLES[random.nextInt(TITLES.length)]);
        text.setLength(0);
        int words = 8 + random.nextInt(45);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : w == words / 2 && random.nextInt(4) == 0 ? "\n" : " ")
                    .append(random.nextInt(10) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                            : BenchDataWriter.word(random));
        }
        g.writeStringField("body", text.toString());
        g.writeStringField("reviewerNickname", NICKNAMES[random.nextInt(NICKNAMES.length)]);
        g.writeStringField("createdDate", ZONES[random.nextInt(ZONES.length)].format(Instant.ofEpochSecond(created)));
        g.writeStringField("territory", TERRITORIES[random.nextInt(TERRITORIES.length)]);
        g.writeEndObject();
        g.writeObjectFieldStart("relationships");
        g.writeObjectFieldStart("response");
        g.writeObjectFieldStart("links");
        g.writeStringField("self", API + "customerReviews/" + r.id() + "/relationships/response");
        g.writeStringField("related", API + "customerReviews/" + r.id() + "/response");
        g.writeEndObject();
        if (r.responseId() != null && r.linksResponse()) {
            g.writeObjectFieldStart("data");
            g.writeStringField("type", "customerReviewResponses");
            g.writeStringField("id", r.responseId());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("links");
        g.writeStringField("self", API + "customerReviews/" + r.id());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, Review r, SplittableRandom random, long modified) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "customerReviewResponses");
        g.writeStringField("id", r.responseId());
        g.writeObjectFieldStart("attributes");
        g.writeStringField("responseBody", RESPONSES[random.nextInt(RESPONSES.length)]);
        g.writeStringField("lastModifiedDate", ZONES[random.nextInt(ZONES.length)]
                .format(Instant.ofEpochSecond(modified + random.nextInt(100_000))));
        g.writeStringField("state", random.nextInt(10) == 0 ? "PENDING_PUBLISH" : "PUBLISHED");
        g.writeEndObject();
        if (!r.linksResponse()) {
            g.writeObjectFieldStart("relationships");
            g.writeObjectFieldStart("review");
            g.writeObjectFieldStart("data");
            g.writeStringField("type", "customerReviews");
            g.writeStringField("id", r.id());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("links");
        g.writeStringField("self", API + "customerReviewResponses/" + r.responseId());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Apple's UUID-shaped ids: a prefix and a number. */
    private static String uuid(String prefix, long n) {
        String hex = String.format("%012x", n);
        return prefix + "-aaaa-4000-8000-" + hex;
    }

    private static DateTimeFormatter zone(int hours) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.ofHours(hours));
    }

    @Override
    public String duckdbLoad() {
        // the array of pages read once; one row per review of 'data' and per response of 'included'
        return "CREATE TABLE interactions AS WITH p AS MATERIALIZED (SELECT data, included FROM read_json(?,"
                + " format = 'array')) SELECT d.id, d.type, d.attributes.reviewerNickname AS author,"
                + " d.attributes.createdDate::VARCHAR AS created_at, d.attributes.rating AS rating,"
                + " d.attributes.title AS title, d.attributes.body AS text FROM (SELECT unnest(data) AS d FROM p)"
                + " UNION ALL SELECT i.id, i.type, 'app-store-developer', i.attributes.lastModifiedDate::VARCHAR, NULL,"
                + " NULL, i.attributes.responseBody FROM (SELECT unnest(included) AS i FROM p)";
    }

    @Override
    public String duckdbReader() {
        return "read_json (array of pages, unnest data UNION ALL included)";
    }

    @Override
    public String describe() {
        return "App Store Connect customerReviews pages (include=response) as one JSON array, a response to every"
                + " other review (default 1,650,000 interactions, 1.1 GB), against read_json with unnest";
    }
}
