package io.rapport.importer.jsonl.internal;

import io.rapport.testsupport.JsonText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Writes generated records as an interchange file, one JSON object a line, and remembers where each line ends. */
final class InterchangeWriter {
    final List<Integer> lineEnds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static InterchangeWriter write(List<InterchangeRecord> records, boolean crlf) {
        InterchangeWriter w = new InterchangeWriter();
        for (InterchangeRecord r : records) {
            w.out.writeBytes(line(r).getBytes(StandardCharsets.UTF_8));
            w.out.writeBytes((crlf ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
            w.lineEnds.add(w.out.size());
        }
        return w;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static String line(InterchangeRecord r) {
        String created = r.offsetMinutes() == null ? String.valueOf(r.createdAt().getEpochSecond())
                : JsonText.quote(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(r.createdAt().atOffset(ZoneOffset.ofTotalSeconds(r.offsetMinutes() * 60))));
        StringBuilder b = new StringBuilder("{\"channel\":\"x\",\"id\":")
                .append(r.numericId() ? r.id() : JsonText.quote(r.id()))
                .append(",\"kind\":").append(JsonText.quote(r.inReplyTo() == null ? "post" : "reply"))
                .append(",\"author\":{\"handle\":").append(JsonText.quote(r.author())).append("}")
                .append(",\"created_at\":").append(created)
                .append(",\"text\":").append(JsonText.quote(r.text()));
        if (r.inReplyTo() != null) {
            b.append(",\"in_reply_to\":").append(JsonText.quote(r.inReplyTo()));
        }
        return b.append('}').toString();
    }
}
