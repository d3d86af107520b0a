package io.rapport.importer.xapi.internal;

import io.rapport.testsupport.JsonText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes X API v2 responses ({@code data} tweets, {@code includes.users}) one a line, as collected with
 * {@code >> file.xapi.ndjson}, non-ASCII escaped as the API does; remembers where each line ends.
 */
final class ResponseWriter {
    final List<Integer> lineEnds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static ResponseWriter write(List<List<Tweet>> pages) {
        ResponseWriter w = new ResponseWriter();
        for (List<Tweet> page : pages) {
            w.out.writeBytes((response(page) + "\n").getBytes(StandardCharsets.UTF_8));
            w.lineEnds.add(w.out.size());
        }
        return w;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private static String response(List<Tweet> page) {
        StringBuilder b = new StringBuilder("{\"data\": [");
        for (int i = 0; i < page.size(); i++) {
            Tweet t = page.get(i);
            b.append(i == 0 ? "" : ", ").append("{\"id\": ").append(JsonText.quote(t.id()))
                    .append(", \"text\": ").append(JsonText.quote(t.text(), true))
                    .append(", \"author_id\": ").append(JsonText.quote(t.authorId()))
                    .append(", \"created_at\": ").append(JsonText.quote(t.createdAt().toString()));
            if (t.repliedTo() != null) {
                b.append(", \"referenced_tweets\": [{\"type\": \"replied_to\", \"id\": ")
                        .append(JsonText.quote(t.repliedTo())).append("}]");
            }
            b.append('}');
        }
        b.append("], \"includes\": {\"users\": [");
        List<String> seen = new ArrayList<>();
        for (Tweet t : page) {
            if (!seen.contains(t.authorId())) {
                b.append(seen.isEmpty() ? "" : ", ").append("{\"id\": ").append(JsonText.quote(t.authorId()))
                        .append(", \"name\": \"Name\", \"username\": ").append(JsonText.quote(t.username()))
                        .append('}');
                seen.add(t.authorId());
            }
        }
        return b.append("]}, \"meta\": {\"result_count\": ").append(page.size()).append("}}").toString();
    }
}
