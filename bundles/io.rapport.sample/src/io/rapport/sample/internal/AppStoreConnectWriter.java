package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes the App Store channel as App Store Connect API pages of {@code customerReviews} with
 * {@code include=response}, saved by a paging script as a JSON array of pages: reviews in {@code data}, the
 * developer's responses in {@code included}. Apple gives times in Cupertino's offset.
 */
final class AppStoreConnectWriter implements ExportWriter {
    static final String FORMAT = "app-store";
    static final String FILE = "customerReviews-nimbalo-ios.json";
    private static final String API = "https://api.appstoreconnect.apple.com/v1/";
    private static final int PAGE = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneId.of("America/Los_Angeles"));

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Message> replies = ReviewReplies.of(messages);
        List<Message> reviews = messages.stream().filter(m -> m.parent() == null).toList();
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (int from = 0; from < reviews.size(); from += PAGE) {
                writePage(g, reviews.subList(from, Math.min(reviews.size(), from + PAGE)), replies, ids);
            }
            g.writeEndArray();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writePage(JsonGenerator g, List<Message> reviews, Map<Message, Message> replies,
            Map<Message, SourceIds.Ref> ids) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("data");
        for (Message r : reviews) {
            writeReview(g, r, ids.get(r).id(), replies.get(r) == null ? null : ids.get(replies.get(r)).id());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("included");
        for (Message r : reviews) {
            Message reply = replies.get(r);
            if (reply != null) {
                writeResponse(g, reply, ids.get(reply).id(), ids.get(r).id());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeReview(JsonGenerator g, Message review, String id, String responseId)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "customerReviews");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("attributes");
        g.writeNumberField("rating", review.rating());
        g.writeStringField("title", "");
        g.writeStringField("body", review.text());
        g.writeStringField("reviewerNickname", review.author().handle());
        g.writeStringField("createdDate", TIME.format(review.at()));
        g.writeStringField("territory", "GBR");
        g.writeEndObject();
        g.writeObjectFieldStart("relationships");
        g.writeObjectFieldStart("response");
        g.writeObjectFieldStart("links");
        g.writeStringField("related", API + "customerReviews/" + id + "/response");
        g.writeEndObject();
        if (responseId != null) {
            g.writeObjectFieldStart("data");
            g.writeStringField("type", "customerReviewResponses");
            g.writeStringField("id", responseId);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("links");
        g.writeStringField("self", API + "customerReviews/" + id);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResponse(JsonGenerator g, Message reply, String id, String reviewId)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "customerReviewResponses");
        g.writeStringField("id", id);
        g.writeObjectFieldStart("attributes");
        g.writeStringField("responseBody", reply.text());
        g.writeStringField("lastModifiedDate", TIME.format(reply.at()));
        g.writeStringField("state", "PUBLISHED");
        g.writeEndObject();
        g.writeObjectFieldStart("relationships");
        g.writeObjectFieldStart("review");
        g.writeObjectFieldStart("data");
        g.writeStringField("type", "customerReviews");
        g.writeStringField("id", reviewId);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("links");
        g.writeStringField("self", API + "customerReviewResponses/" + id);
        g.writeEndObject();
        g.writeEndObject();
    }
}
