package io.rapport.importer.reddit.internal;

import io.rapport.testsupport.JsonText;

import com.github.luben.zstd.ZstdOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes things as a Pushshift dump, one JSON object a line, plain or zstd-compressed; remembers line ends. */
final class DumpWriter {
    final List<Integer> lineEnds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static DumpWriter write(List<DumpThing> things) {
        DumpWriter w = new DumpWriter();
        for (DumpThing t : things) {
            w.out.writeBytes((line(t) + "\n").getBytes(StandardCharsets.UTF_8));
            w.lineEnds.add(w.out.size());
        }
        return w;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** The dump compressed as the Pushshift dumps are (zstd with a long window and a checksum). */
    byte[] zstd() {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (ZstdOutputStream zs = new ZstdOutputStream(z, 3)) {
            zs.setLong(27);
            zs.setChecksum(true);
            zs.write(bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return z.toByteArray();
    }

    static String line(DumpThing t) {
        String id = t.fullname().substring(3);
        StringBuilder b = new StringBuilder("{\"id\":").append(JsonText.quote(id));
        if (t.submission()) {
            b.append(",\"name\":").append(JsonText.quote(t.fullname())).append(",\"title\":")
                    .append(JsonText.quote(t.title())).append(",\"selftext\":").append(JsonText.quote(t.text()));
        } else {
            b.append(",\"body\":").append(JsonText.quote(t.text())).append(",\"parent_id\":")
                    .append(JsonText.quote(t.parent())).append(",\"link_id\":\"t3_1b3k9q\"");
        }
        return b.append(",\"author\":").append(JsonText.quote(t.author())).append(",\"created_utc\":")
                .append(created(t)).append(",\"subreddit\":\"Nimbalo\",\"score\":1}").toString();
    }

    private static String created(DumpThing t) {
        String seconds = t.notation().whole() ? String.valueOf(t.created().getEpochSecond())
                : BigDecimal.valueOf(t.created().toEpochMilli(), 3).toPlainString();
        return switch (t.notation()) {
            case INTEGER, FLOAT -> seconds;
            case STRING, FLOAT_STRING -> "\"" + seconds + "\"";
        };
    }
}
