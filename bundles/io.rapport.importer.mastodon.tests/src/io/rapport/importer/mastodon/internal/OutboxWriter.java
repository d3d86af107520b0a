package io.rapport.importer.mastodon.internal;

import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes notes as an account archive's {@code outbox.json}: an ActivityStreams {@code OrderedCollection} of
 * {@code Create} activities, pretty-printed, with {@code orderedItems} split in two keys (real archives repeat it).
 */
final class OutboxWriter {
    private OutboxWriter() {
    }

    static byte[] write(List<OutboxNote> notes) {
        int half = notes.size() / 2;
        StringBuilder b = new StringBuilder("{\n  \"@context\": \"https://www.w3.org/ns/activitystreams\",\n"
                + "  \"id\": \"outbox.json\",\n  \"type\": \"OrderedCollection\",\n  \"totalItems\": " + notes.size()
                + ",\n");
        items(b, notes.subList(0, half));
        b.append(",\n");
        items(b, notes.subList(half, notes.size()));
        return b.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void items(StringBuilder b, List<OutboxNote> notes) {
        b.append("  \"orderedItems\": [");
        for (int i = 0; i < notes.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append(activity(notes.get(i)));
        }
        b.append(notes.isEmpty() ? "]" : "\n  ]");
    }

    private static String activity(OutboxNote n) {
        String published = JsonText.quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                n.published().atOffset(ZoneOffset.ofTotalSeconds(n.offsetMinutes() * 60))));
        return "    {\n      \"id\": " + JsonText.quote(n.id() + "/activity") + ",\n      \"type\": \"Create\",\n"
                + "      \"actor\": " + JsonText.quote(n.actor()) + ",\n      \"published\": " + published + ",\n"
                + "      \"object\": {\n        \"id\": " + JsonText.quote(n.id()) + ",\n        \"type\": \"Note\",\n"
                + "        \"inReplyTo\": " + (n.inReplyTo() == null ? "null" : JsonText.quote(n.inReplyTo())) + ",\n"
                + "        \"published\": " + published + ",\n        \"attributedTo\": " + JsonText.quote(n.actor())
                + ",\n        \"content\": " + JsonText.quote(n.content().html()) + "\n      }\n    }";
    }
}
