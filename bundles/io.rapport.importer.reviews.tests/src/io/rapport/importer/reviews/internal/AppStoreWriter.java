package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reviews as a page of App Store Connect's {@code customerReviews}: the reviews in {@code data}, each
 * naming its response, then the responses (Apple lists them after the reviews).
 */
final class AppStoreWriter {
    private AppStoreWriter() {
    }

    static byte[] write(List<GeneratedReview> reviews) {
        List<String> resources = new ArrayList<>();
        for (GeneratedReview r : reviews) {
            resources.add("    {\"type\": \"customerReviews\", \"id\": " + JsonText.quote(r.id())
                    + ", \"attributes\": {\"rating\": " + r.stars() + ", \"title\": " + JsonText.quote(r.title())
                    + ", \"body\": " + JsonText.quote(r.text()) + ", \"reviewerNickname\": "
                    + JsonText.quote(r.author()) + ", \"createdDate\": " + time(r.createdAt(), r.offsetMinutes())
                    + ", \"territory\": \"USA\"}, \"relationships\": {\"response\": {\"data\": "
                    + (r.replyText() == null ? "null" : "{\"type\": \"customerReviewResponses\", \"id\": "
                            + JsonText.quote(responseId(r)) + "}") + "}}}");
        }
        for (GeneratedReview r : reviews) {
            if (r.replyText() != null) {
                resources.add("    {\"type\": \"customerReviewResponses\", \"id\": " + JsonText.quote(responseId(r))
                        + ", \"attributes\": {\"responseBody\": " + JsonText.quote(r.replyText())
                        + ", \"lastModifiedDate\": " + time(r.replyAt(), -480) + ", \"state\": \"PUBLISHED\"}}");
            }
        }
        return ("{\n  \"data\": [\n" + String.join(",\n", resources) + "\n  ],\n  \"links\": {}\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String responseId(GeneratedReview r) {
        return "6a1b0000-" + r.id();
    }

    private static String time(java.time.Instant at, int offsetMinutes) {
        return JsonText.quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofTotalSeconds(
                offsetMinutes * 60))));
    }

    static List<ExpectedRecord> expected(List<GeneratedReview> reviews) {
        List<ExpectedRecord> expected = new ArrayList<>();
        for (GeneratedReview r : reviews) {
            expected.add(new ExpectedRecord(r.id(), r.createdAt(), r.expectedText(), r.author(), null));
        }
        for (GeneratedReview r : reviews) {
            if (r.replyText() != null) {
                expected.add(new ExpectedRecord(responseId(r), r.replyAt(), r.replyText(), "app-store-developer",
                        r.id()));
            }
        }
        return expected;
    }
}
