package io.rapport.importer.discourse.internal;

import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes a topic as Discourse's {@code /t/<id>.json}: the post stream first, the topic's own fields after it. */
final class TopicWriter {
    private TopicWriter() {
    }

    static byte[] write(Topic topic) {
        StringBuilder b = new StringBuilder("{\n  \"post_stream\": {\n    \"posts\": [");
        for (int i = 0; i < topic.posts().size(); i++) {
            TopicPost p = topic.posts().get(i);
            b.append(i == 0 ? "\n" : ",\n").append("      {\"id\": ").append(50_000 + i)
                    .append(", \"username\": ").append(JsonText.quote(p.username()))
                    .append(", \"created_at\": ").append(JsonText.quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                            .format(p.createdAt().atOffset(ZoneOffset.ofTotalSeconds(p.offsetMinutes() * 60)))))
                    .append(", \"cooked\": ").append(JsonText.quote(p.cooked().html()))
                    .append(", \"post_number\": ").append(p.number())
                    .append(", \"post_type\": 1, \"reply_to_post_number\": ").append(p.replyTo())
                    .append(", \"topic_id\": ").append(topic.id()).append('}');
        }
        b.append("\n    ]\n  },\n  \"id\": ").append(topic.id()).append(",\n  \"title\": \"Generated\",\n")
                .append("  \"slug\": \"generated\",\n  \"category_id\": 5\n}\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
