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
import java.util.SplittableRandom;

/**
 * A Trustpilot API reviews page as {@code GET /v1/business-units/{id}/reviews} returns it, grown to one big
 * document: {@code {"links": [...], "reviews": [...]}} with the API's full review objects (links, consumer,
 * businessUnit, stars, title, text with blank lines and non-ASCII, language, {@code createdAt} as {@code Z},
 * {@code .000Z} or {@code +01:00}, the nulls and empty lists the API sends). About half the reviews carry a
 * {@code companyReply} (the others {@code null}); a review with a reply is two interactions, so {@code rows}
 * counts interactions, not reviews.
 */
final class BenchTrustpilotFormat implements BenchFormat {
    private static final String BUSINESS_UNIT = "5f0c1b2a3d4e5f6a7b8c9d0e";
    private static final String[] NAMES = { "Maria K.", "Tom", "Luc D.", "Jürgen", "Ana Sofía", "J. Smith", "Chloé" };
    private static final String[] LANGUAGES = { "en", "en", "en", "de", "fr", "es", "da" };
    private static final String[] TITLES = { "Blocked card, no answer", "Great app", "Frais cachés", "Slow support",
            "Works fine", "Never again" };
    private static final String[] EXTRA = { "Très", "bien…", "Überweisung", "😡", "5★", "\"instant\"", "déçu" };
    private static final String[] REPLIES = { "Hi, we are sorry. Our team has unblocked your card and sent you a message.",
            "Thank you for the kind words!", "Bonjour, les frais sont détaillés dans l'appli, écrivez-nous.",
            "We'd like to look into this: please contact us at care@acme.example." };
    private static final DateTimeFormatter PLUS_ONE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(1));
    private static final String[] LEVELS = { "invited", "verified", "not-verified" };

    @Override
    public String id() {
        return "trustpilot";
    }

    @Override
    public long defaultRows() {
        return 1_450_000L; // 772 bytes an interaction at 10,000: 1.12 GB
    }

    @Override
    public String fileName() {
        return "trustpilot-reviews-bench.json";
    }

    @Override
    public void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261128L);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("links");
            link(g, "https://api.trustpilot.com/v1/business-units/" + BUSINESS_UNIT + "/reviews?page=2", "next-page");
            g.writeEndArray();
            g.writeArrayFieldStart("reviews");
            StringBuilder text = new StringBuilder(512);
            long left = rows;
            for (long i = 0; left > 0; i++) {
                boolean reply = left >= 2 && random.nextBoolean();
                left -= reply ? 2 : 1;
                String id = hexId(0x67a1f0c2_00000000L + i);
                long created = BenchDataWriter.START + i * 30 + random.nextInt(30);
                g.writeStartObject();
                g.writeArrayFieldStart("links");
                link(g, "https://api.trustpilot.com/v1/reviews/" + id, "reviews");
                g.writeEndArray();
                g.writeStringField("id", id);
                g.writeObjectFieldStart("consumer");
                g.writeArrayFieldStart("links");
                g.writeEndArray();
                g.writeStringField("id", hexId(0x5d2f00aa_00000000L + random.nextInt(400_000)));
                g.writeStringField("displayName", NAMES[random.nextInt(NAMES.length)]);
                g.writeNullField("displayLocation");
                g.writeNumberField("numberOfReviews", 1 + random.nextInt(40));
                g.writeEndObject();
                g.writeObjectFieldStart("businessUnit");
                g.writeArrayFieldStart("links");
                g.writeEndArray();
                g.writeStringField("id", BUSINESS_UNIT);
                g.writeStringField("identifyingName", "acme.example");
                g.writeStringField("displayName", "Acme Bank");
                g.writeEndObject();
                g.writeNullField("location");
                g.writeNumberField("stars", 1 + random.nextInt(5));
                g.writeStringField("title", TITLES[random.nextInt(TITLES.length)]);
                text.setLength(0);
                int words = 10 + random.nextInt(50);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : w == words / 2 && random.nextInt(3) == 0 ? "\n\n" : " ")
                            .append(random.nextInt(10) == 0 ? EXTRA[random.nextInt(EXTRA.length)]
                                    : BenchDataWriter.word(random));
                }
                g.writeStringField("text", text.toString());
                g.writeStringField("language", LANGUAGES[random.nextInt(LANGUAGES.length)]);
                String at = time(created, random.nextInt(3));
                g.writeStringField("createdAt", at);
                g.writeStringField("experiencedAt", at);
                g.writeNullField("updatedAt");
                if (reply) {
                    g.writeObjectFieldStart("companyReply");
                    g.writeStringField("text", REPLIES[random.nextInt(REPLIES.length)]);
                    g.writeStringField("authorBusinessUserId", "61aa" + random.nextInt(10));
                    g.writeStringField("authorBusinessUserName", "Acme Care");
                    g.writeStringField("createdAt", time(created + 600 + random.nextInt(200_000), random.nextInt(3)));
                    g.writeNullField("updatedAt");
                    g.writeEndObject();
                } else {
                    g.writeNullField("companyReply");
                }
                g.writeBooleanField("isVerified", random.nextBoolean());
                g.writeStringField("source", random.nextInt(4) == 0 ? "Organic" : "InvitationApi");
                g.writeNumberField("numberOfLikes", random.nextInt(5));
                g.writeStringField("status", "active");
                g.writeNullField("reportData");
                g.writeArrayFieldStart("complianceLabels");
                g.writeEndArray();
                g.writeBooleanField("countsTowardsTrustScore", true);
                g.writeNullField("countsTowardsLocationTrustScore");
                g.writeNullField("invitation");
                g.writeArrayFieldStart("businessUnitHistory");
                g.writeEndArray();
                g.writeStringField("reviewVerificationLevel", LEVELS[random.nextInt(LEVELS.length)]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void link(JsonGenerator g, String href, String rel) throws IOException {
        g.writeStartObject();
        g.writeStringField("href", href);
        g.writeStringField("method", "GET");
        g.writeStringField("rel", rel);
        g.writeEndObject();
    }

    /** A 24-hex-digit Trustpilot id. */
    private static String hexId(long n) {
        return String.format("%024x", n);
    }

    /** The three spellings the API is seen with: {@code Z}, {@code .000Z}, {@code +01:00}. */
    private static String time(long epochSecond, int style) {
        Instant t = Instant.ofEpochSecond(epochSecond);
        return switch (style) {
            case 0 -> t.toString();
            case 1 -> t.toString().replace("Z", ".000Z");
            default -> PLUS_ONE.format(t);
        };
    }

    @Override
    public String duckdbLoad() {
        // the page is one JSON document: DuckDB reads it whole (maximum_object_size), then one row per review
        // and one per company reply
        return "CREATE TABLE interactions AS WITH r AS MATERIALIZED (SELECT unnest(reviews, max_depth := 2)"
                + " FROM read_json(?, maximum_object_size = 4000000000)) SELECT id, 'review' AS kind,"
                + " consumer.id AS author, createdAt::VARCHAR AS created_at, stars AS rating, title, text, language"
                + " FROM r UNION ALL SELECT id || '/reply', 'reply', businessUnit.id, companyReply.createdAt::VARCHAR,"
                + " NULL, NULL, companyReply.text, NULL FROM r WHERE companyReply IS NOT NULL";
    }

    @Override
    public String duckdbReader() {
        return "read_json (one document, unnest reviews; UNION ALL replies)";
    }

    @Override
    public String describe() {
        return "a Trustpilot reviews page {\"reviews\": [...]} as one document, a company reply on every other review"
                + " (default 1,450,000 interactions, 1.1 GB), against read_json with unnest";
    }
}
