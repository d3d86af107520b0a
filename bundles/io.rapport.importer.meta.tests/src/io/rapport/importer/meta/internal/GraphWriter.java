package io.rapport.importer.meta.internal;

import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a page feed as the Graph API answers {@code /<page>/feed?fields=…,comments{…,comments{…}}}: times as
 * {@code 2019-01-01T10:00:00+0000}, non-ASCII as {@code \}{@code u} escapes, a reply naming its {@code parent}.
 */
final class GraphWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    private GraphWriter() {
    }

    static byte[] write(List<GraphObject> posts) {
        StringBuilder b = new StringBuilder("{\n  \"data\": [");
        for (int i = 0; i < posts.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n");
            object(b, posts.get(i), null, "    ", 0);
        }
        b.append("\n  ],\n  \"paging\": {\"cursors\": {\"before\": \"QVFIUk1\", \"after\": \"QVFIUk1\"}}\n}\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void object(StringBuilder b, GraphObject o, String parentComment, String indent, int depth) {
        b.append(indent).append("{\"id\": ").append(JsonText.quote(o.id()))
                .append(", \"message\": ").append(JsonText.quote(o.message(), true))
                .append(", \"created_time\": ").append(JsonText.quote(TIME.format(o.createdAt().atOffset(
                        ZoneOffset.ofTotalSeconds(o.offsetMinutes() * 60)))))
                .append(", \"from\": {\"id\": ").append(JsonText.quote(o.fromId())).append(", \"name\": \"N\"}");
        if (parentComment != null) {
            b.append(", \"parent\": {\"id\": ").append(JsonText.quote(parentComment)).append('}');
        }
        if (!o.comments().isEmpty()) {
            b.append(", \"comments\": {\"data\": [");
            for (int i = 0; i < o.comments().size(); i++) {
                b.append(i == 0 ? "\n" : ",\n");
                // a post's comments are known by their nesting; a reply also names its comment, as the API does
                object(b, o.comments().get(i), depth >= 1 ? o.id() : null, indent + "  ", depth + 1);
            }
            b.append("\n").append(indent).append("]}");
        }
        b.append('}');
    }
}
