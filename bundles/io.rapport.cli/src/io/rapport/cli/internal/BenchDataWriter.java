package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes N canonical interactions in the interchange format, deterministically, with the field mix of real
 * channel data (threads of replies, mentions, counts, ratings on reviews), about 200 bytes a record.
 */
final class BenchDataWriter {
    static final String[] CHANNELS = { "x", "mastodon", "reddit", "facebook", "app-store", "zendesk" };
    static final String[] KINDS = { "post", "reply", "reply", "comment", "mention", "review", "ticket" };
    static final String[] WORDS = ("the app keeps crashing when I open my account page thanks for the quick "
            + "help still waiting on a reply since yesterday love the new update battery drain is terrible please fix "
            + "great support team cannot log in after reset my order never arrived refund requested").split(" ");
    static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    void write(Path file, long rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20261126L);
        JsonFactory factory = new JsonFactory();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = factory.createGenerator(out)) {
            g.setRootValueSeparator(null);
            StringBuilder text = new StringBuilder(160);
            for (long i = 0; i < rows; i++) {
                String channel = CHANNELS[(int) (i % CHANNELS.length)];
                String kind = KINDS[random.nextInt(KINDS.length)];
                g.writeStartObject();
                g.writeStringField("channel", channel);
                g.writeStringField("id", Long.toString(1_000_000_000L + i));
                g.writeStringField("kind", kind);
                g.writeObjectFieldStart("author");
                g.writeStringField("handle", "user" + random.nextInt(200_000));
                g.writeEndObject();
                g.writeStringField("created_at", Instant.ofEpochSecond(START + i * 7 + random.nextInt(7)).toString());
                text.setLength(0);
                int words = 8 + random.nextInt(18);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ").append(word(random));
                }
                g.writeStringField("text", text.toString());
                if (!kind.equals("post") && i > 0) {
                    g.writeStringField("in_reply_to", Long.toString(1_000_000_000L + random.nextLong(i)));
                }
                if (kind.equals("review")) {
                    g.writeNumberField("rating", 1 + random.nextInt(5));
                }
                if (random.nextInt(4) == 0) {
                    g.writeArrayFieldStart("mentions");
                    g.writeString("acmehelp");
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("counts");
                g.writeNumberField("likes", random.nextInt(50));
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /** One of the shared words, at random. */
    static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Appends {@code n} of the shared words, at random, separated by spaces. */
    static void words(StringBuilder out, SplittableRandom random, int n) {
        for (int w = 0; w < n; w++) {
            out.append(w == 0 ? "" : " ").append(word(random));
        }
    }
}
