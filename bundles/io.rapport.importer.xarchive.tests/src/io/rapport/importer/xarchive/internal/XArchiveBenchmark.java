package io.rapport.importer.xarchive.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.store.ProjectStore;

import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measured by hand, not part of the suite: {@code -Drapport.xarchive.bench.mb=400} in the test VM arguments.
 * Generates a tweets.js of about that size, imports it through the import service, then lets DuckDB's
 * {@code read_json} load the same tweets as a plain JSON array file, in the same process, and prints both
 * throughputs, their ratio and the peak heap of each.
 */
@EnabledIfSystemProperty(named = "rapport.xarchive.bench.mb", matches = "\\d+")
class XArchiveBenchmark {
    private static ImportServices services;

    @BeforeAll
    static void services() throws InterruptedException {
        services = new ImportServices();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Samples the used heap every few milliseconds and keeps the highest value. */
    private static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapPeak() {
            System.gc();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            sampler.join();
        }
    }

    @Test
    void importThroughputAgainstDuckDbReadJson(@TempDir Path tmp) throws Exception {
        long targetBytes = Long.getLong("rapport.xarchive.bench.mb") << 20;
        Path data = Files.createDirectories(tmp.resolve("archive/data"));
        Files.copy(Fixtures.acmeData().resolve("account.js"), data.resolve("account.js"));
        Path tweets = data.resolve("tweets.js");
        Path plain = tmp.resolve("tweets.json");
        long rows = generate(tweets, plain, targetBytes);
        long bytes = Files.size(tweets);

        double rapportSeconds;
        long rapportHeap;
        try (HeapPeak heap = new HeapPeak(); ProjectStore store = services.newProject(tmp.resolve("p"))) {
            long t0 = System.nanoTime();
            ImportReport r = services.importFiles(store, false, tweets);
            rapportSeconds = (System.nanoTime() - t0) / 1e9;
            rapportHeap = heap.peak();
            assertEquals(rows, r.imported());
        }
        double duckSeconds;
        long duckHeap;
        try (HeapPeak heap = new HeapPeak();
                Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + tmp.resolve("scratch.duckdb"), new Properties())) {
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "CREATE TABLE tweets AS SELECT * FROM read_json(?, format = 'array')")) {
                ps.setString(1, plain.toString());
                ps.execute();
            }
            duckSeconds = (System.nanoTime() - t0) / 1e9;
            duckHeap = heap.peak();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM tweets")) {
                rs.next();
                assertEquals(rows, rs.getLong(1));
            }
        }
        double mb = bytes / 1e6;
        System.out.printf("x-archive bench: %,d tweets, %.1f MB (tweets.js), %.1f MB (plain array)%n", rows, mb,
                Files.size(plain) / 1e6);
        System.out.printf("rapport import:   %.2f s, %.1f MB/s, %,.0f rows/s, peak heap %.0f MB (max %.0f MB)%n",
                rapportSeconds, mb / rapportSeconds, rows / rapportSeconds, rapportHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("duckdb read_json: %.2f s, %.1f MB/s, %,.0f rows/s, peak heap %.0f MB%n", duckSeconds,
                mb / duckSeconds, rows / duckSeconds, duckHeap / 1e6);
        System.out.printf("ratio (rapport rows/s / duckdb rows/s): %.2f%n", duckSeconds / rapportSeconds);
    }

    /** Writes realistic tweets (replies, mentions, entities, retweets) to both files; returns how many. */
    private static long generate(Path tweets, Path plain, long targetBytes) throws IOException {
        long n = 0;
        try (OutputStream a = new BufferedOutputStream(Files.newOutputStream(tweets), 1 << 16);
                OutputStream b = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16)) {
            a.write("window.YTD.tweets.part0 = [\n".getBytes(StandardCharsets.UTF_8));
            b.write("[\n".getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < targetBytes) {
                byte[] element = element(n).getBytes(StandardCharsets.UTF_8);
                if (n > 0) {
                    a.write(",\n".getBytes(StandardCharsets.UTF_8));
                    b.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                a.write(element);
                b.write(element);
                written += element.length + 2;
                n++;
            }
            a.write("\n]".getBytes(StandardCharsets.UTF_8));
            b.write("\n]".getBytes(StandardCharsets.UTF_8));
        }
        return n;
    }

    private static String element(long i) {
        long id = 1_600_000_000_000_000_000L + i * 7;
        boolean reply = i % 3 == 0;
        boolean retweet = i % 11 == 0;
        String text = retweet ? "RT @acme: Our spring sale starts today &amp; runs all week! https://t.co/Sp" + i
                : reply ? "@kim_r Thanks Kim, we have passed this on to the team &lt;3 (case " + i + ")"
                        : "Service update " + i + ": deliveries in the north are running about a day late this week.";
        StringBuilder s = new StringBuilder(1400);
        s.append("  {\n    \"tweet\" : {\n      \"edit_info\" : {\n        \"initial\" : {\n          \"editTweetIds\" : [\n")
                .append("            \"").append(id).append("\"\n          ],\n")
                .append("          \"editableUntil\" : \"2023-02-24T07:28:32.000Z\",\n          \"editsRemaining\" : \"5\",\n")
                .append("          \"isEditEligible\" : false\n        }\n      },\n      \"retweeted\" : false,\n")
                .append("      \"source\" : \"<a href=\\\"https://mobile.twitter.com\\\" rel=\\\"nofollow\\\">Twitter Web App</a>\",\n")
                .append("      \"entities\" : {\n        \"hashtags\" : [ ],\n        \"symbols\" : [ ],\n        \"user_mentions\" : [");
        if (reply || retweet) {
            String sn = reply ? "kim_r" : "acme";
            s.append(" {\n          \"name\" : \"").append(sn).append("\",\n          \"screen_name\" : \"").append(sn)
                    .append("\",\n          \"indices\" : [ \"0\", \"6\" ],\n          \"id_str\" : \"903\",\n          \"id\" : \"903\"\n        } ");
        } else {
            s.append(" ");
        }
        s.append("],\n        \"urls\" : [ ]\n      },\n      \"display_text_range\" : [ \"0\", \"").append(text.length())
                .append("\" ],\n      \"favorite_count\" : \"").append(i % 50).append("\",\n");
        if (reply) {
            long parent = i % 6 == 0 && i > 0 ? id - 21 : 1_500_000_000_000_000_000L + i;
            s.append("      \"in_reply_to_status_id_str\" : \"").append(parent).append("\",\n")
                    .append("      \"in_reply_to_user_id\" : \"903\",\n      \"in_reply_to_screen_name\" : \"kim_r\",\n");
        }
        s.append("      \"id_str\" : \"").append(id).append("\",\n      \"truncated\" : false,\n      \"retweet_count\" : \"")
                .append(i % 7).append("\",\n      \"id\" : \"").append(id).append("\",\n      \"created_at\" : \"Fri Feb 24 06:58:32 +0000 2023\",\n")
                .append("      \"favorited\" : false,\n      \"full_text\" : \"").append(text).append("\",\n      \"lang\" : \"en\"\n    }\n  }");
        return s.toString();
    }
}
