package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes the Trustpilot channel as the Trustpilot API's business-unit reviews, saved as one page
 * {@code {"reviews":[...]}}: each review with its consumer, the business unit and the {@code companyReply}.
 */
final class TrustpilotWriter implements ExportWriter {
    static final String FORMAT = "trustpilot";
    static final String FILE = "trustpilot-reviews-nimbalo.json";
    static final String BUSINESS_UNIT = "5f8a3c21d94e0b0001a7c3e2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Message> replies = ReviewReplies.of(messages);
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("links");
            g.writeEndArray();
            g.writeArrayFieldStart("reviews");
            for (Message m : messages) {
                if (m.parent() == null) {
                    writeReview(g, m, ids.get(m), replies.get(m));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writeReview(JsonGenerator g, Message review, SourceIds.Ref ref, Message reply)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", ref.id());
        g.writeObjectFieldStart("consumer");
        g.writeStringField("id", consumerId(review.author().handle()));
        g.writeStringField("displayName", review.author().name());
        g.writeNullField("displayLocation");
        g.writeEndObject();
        g.writeObjectFieldStart("businessUnit");
        g.writeStringField("id", BUSINESS_UNIT);
        g.writeStringField("identifyingName", "nimbalo.example");
        g.writeStringField("displayName", SampleCompany.NAME);
        g.writeEndObject();
        g.writeNumberField("stars", review.rating());
        g.writeStringField("title", "");
        g.writeStringField("text", review.text());
        g.writeStringField("language", review.language());
        g.writeStringField("createdAt", time(review.at()));
        g.writeStringField("experiencedAt", time(review.at()));
        g.writeNullField("updatedAt");
        if (reply != null) {
            g.writeObjectFieldStart("companyReply");
            g.writeStringField("text", reply.text());
            g.writeStringField("authorBusinessUserId", "62b0c4d1e2f3a4b5c6d7e8f9");
            g.writeStringField("authorBusinessUserName", reply.author().name());
            g.writeStringField("createdAt", time(reply.at()));
            g.writeNullField("updatedAt");
            g.writeEndObject();
        }
        g.writeStringField("link", ref.url());
        g.writeBooleanField("isVerified", true);
        g.writeStringField("source", "Organic");
        g.writeNumberField("numberOfLikes", review.likes());
        g.writeStringField("status", "active");
        g.writeEndObject();
    }

    /**
     * The consumer's Trustpilot id (24 hex digits) for a reviewer: the same person always gets the same id, as on
     * Trustpilot, where the profile name is not an id.
     */
    static String consumerId(String handle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(handle.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String time(Instant at) {
        return TIME.format(at);
    }
}
