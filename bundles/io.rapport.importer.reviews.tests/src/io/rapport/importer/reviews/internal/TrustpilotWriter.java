package io.rapport.importer.reviews.internal;

import io.rapport.testsupport.ExpectedRecord;
import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes reviews as a page of Trustpilot's business-unit reviews API, company replies included. */
final class TrustpilotWriter {
    static final String BUSINESS_UNIT = "5f0c1b2a3d4e5f6a7b8c9d0e";

    private TrustpilotWriter() {
    }

    static byte[] write(List<GeneratedReview> reviews) {
        StringBuilder b = new StringBuilder("{\n  \"links\": [],\n  \"reviews\": [");
        for (int i = 0; i < reviews.size(); i++) {
            GeneratedReview r = reviews.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\n      \"id\": ").append(JsonText.quote(r.id()))
                    .append(",\n      \"consumer\": {\"id\": ").append(JsonText.quote(r.author()))
                    .append(", \"displayName\": \"Consumer\"},\n      \"businessUnit\": {\"id\": \"")
                    .append(BUSINESS_UNIT).append("\", \"displayName\": \"Acme Bank\"},\n      \"stars\": ")
                    .append(r.stars()).append(",\n      \"title\": ").append(JsonText.quote(r.title()))
                    .append(",\n      \"text\": ").append(JsonText.quote(r.text()))
                    .append(",\n      \"language\": \"en\",\n      \"createdAt\": ").append(time(r.createdAt(),
                            r.offsetMinutes()));
            if (r.replyText() != null) {
                b.append(",\n      \"companyReply\": {\"text\": ").append(JsonText.quote(r.replyText()))
                        .append(", \"createdAt\": ").append(time(r.replyAt(), 0)).append('}');
            }
            b.append("\n    }");
        }
        return b.append("\n  ]\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String time(java.time.Instant at, int offsetMinutes) {
        return JsonText.quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofTotalSeconds(
                offsetMinutes * 60))));
    }

    static List<ExpectedRecord> expected(List<GeneratedReview> reviews) {
        List<ExpectedRecord> expected = new ArrayList<>();
        for (GeneratedReview r : reviews) {
            expected.add(new ExpectedRecord(r.id(), r.createdAt(), r.expectedText(), r.author(), null));
            if (r.replyText() != null) {
                expected.add(new ExpectedRecord(r.id() + "/reply", r.replyAt(), r.replyText(), BUSINESS_UNIT, r.id()));
            }
        }
        return expected;
    }
}
