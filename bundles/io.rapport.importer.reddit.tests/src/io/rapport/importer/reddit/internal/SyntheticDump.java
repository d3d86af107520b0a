package io.rapport.importer.reddit.internal;

import com.github.luben.zstd.ZstdOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes Pushshift-like comment dumps of any size (a fixed seed, so every run writes the same bytes): one
 * submission per 50 comments, replies to earlier comments, created_utc alternating number and string.
 */
final class SyntheticDump {
    private SyntheticDump() {
    }

    /** @return the number of records written */
    static int writePlain(Path file, int records) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return write(out, records);
        }
    }

    /** Compressed as the dumps are: a long window (here 2^27, what {@code zstd --long} uses by default). */
    static int writeZstd(Path file, int records, int level) throws IOException {
        try (ZstdOutputStream z = new ZstdOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), level)) {
            z.setLong(27);
            z.setChecksum(true); // as the zstd command line writes it
            return write(z, records);
        }
    }

    private static int write(OutputStream out, int records) throws IOException {
        Random random = new Random(42);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(1024);
        for (int i = 0; i < records; i++) {
            line.setLength(0);
            long created = 1_700_000_000L + i * 7L;
            String submission = "s" + (i / 50);
            if (i % 50 == 0) {
                line.append("{\"id\":\"").append(submission).append("\",\"name\":\"t3_").append(submission)
                        .append("\",\"author\":\"user").append(random.nextInt(5000))
                        .append("\",\"title\":\"Question number ").append(i).append(" about my bill\",\"selftext\":\"")
                        .append(filler(random, 300)).append("\",\"created_utc\":").append(created)
                        .append(",\"subreddit\":\"Acme\",\"score\":").append(random.nextInt(200))
                        .append(",\"num_comments\":49,\"permalink\":\"/r/Acme/comments/").append(submission)
                        .append("/q/\",\"stickied\":false,\"retrieved_on\":1710000000}\n");
            } else {
                String parent = i % 3 == 0 ? "t1_c" + (i - 1) : "t3_" + submission;
                line.append("{\"id\":\"c").append(i).append("\",\"author\":\"user").append(random.nextInt(5000))
                        .append("\",\"body\":\"").append(filler(random, 200 + random.nextInt(400)))
                        .append(" u/AcmeHelp\",\"parent_id\":\"").append(parent).append("\",\"link_id\":\"t3_")
                        .append(submission).append("\",\"created_utc\":");
                if (i % 2 == 0) {
                    line.append(created);
                } else {
                    line.append('"').append(created).append('"');
                }
                line.append(",\"subreddit\":\"Acme\",\"score\":").append(random.nextInt(100) - 10)
                        .append(",\"distinguished\":null,\"stickied\":false,\"controversiality\":0,\"gilded\":0}\n");
            }
            w.append(line);
        }
        w.flush();
        return records;
    }

    private static final String[] WORDS = { "the", "router", "keeps", "dropping", "signal", "since", "update",
            "thanks", "for", "help", "bill", "too", "high", "support", "replied", "quickly", "café", "naïve", "👍" };

    private static String filler(Random random, int chars) {
        StringBuilder b = new StringBuilder(chars + 16);
        while (b.length() < chars) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return b.toString().strip();
    }
}
