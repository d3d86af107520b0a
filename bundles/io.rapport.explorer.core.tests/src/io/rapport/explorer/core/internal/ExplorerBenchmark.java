package io.rapport.explorer.core.internal;

import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;
import io.rapport.explorer.core.AnsweredFilter;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.ProjectInteractions;
import io.rapport.explorer.core.SentimentFilter;
import io.rapport.explorer.core.SortColumn;
import io.rapport.sample.SampleProjects;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Not a test: measures the explorer's queries (time to the first page, to a page after a sort or a filter) on
 * the sample project and on a generated project of {@code -Drapport.bench.rows=N} interactions, and prints the
 * times. Runs only when that property is set, e.g.
 * {@code ./mvnw verify -Drapport.test.vmargs="-Xmx2g -Drapport.bench.rows=1000000"}.
 */
@EnabledIfSystemProperty(named = "rapport.bench.rows", matches = "\\d+")
class ExplorerBenchmark {
    private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();
    private static final int PAGE = 200;
    private static final String[] CHANNELS = {"x", "mastodon", "reddit", "facebook", "zendesk", "app-store"};
    private static final String[] WORDS = ("the app keeps crashing when I open my account page thanks for the quick "
            + "help still waiting on a reply since yesterday love the new update battery drain is terrible please fix "
            + "great support team cannot log in after reset my order never arrived refund requested broken useless")
            .split(" ");

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        long rows = Long.getLong("rapport.bench.rows");
        try (RapportServices services = RapportServices.forTest(ExplorerBenchmark.class);
                KeywordSentimentModel model = ExplorerKeywords.register()) {
            try (ProjectStore sample = services.get(SampleProjects.class).create(dir.resolve("sample"), NO_PROGRESS)) {
                run("sample", services, sample);
            }
            ProjectSettings settings = new ProjectSettings("bench",
                    List.of(AccountRef.parse("x:acmehelp"), AccountRef.parse("mastodon:acmehelp"),
                            AccountRef.parse("facebook:acmehelp")),
                    List.of(StaffMember.parse("x:kim:support"), StaffMember.parse("zendesk:agent:support")),
                    List.of(OwnedSpace.parse("reddit:r/acme")));
            Path file = generate(dir.resolve("bench.jsonl"), rows);
            try (ProjectStore store = services.projects().create(dir.resolve("bench"), settings)) {
                long t = System.nanoTime();
                services.imports().importFiles(store, new ImportRequest(List.of(file), null, true), NO_PROGRESS);
                System.out.printf(Locale.ROOT, "bench: imported %,d rows in %.1f s%n", store.summary().interactions(),
                        seconds(t));
                run(rows + " rows", services, store);
            }
        }
    }

    private static void run(String name, RapportServices services, ProjectStore store) throws Exception {
        InteractionBrowser browser = services.get(InteractionBrowser.class);
        long t = System.nanoTime();
        ProjectInteractions interactions = browser.interactions(store, NO_PROGRESS);
        report(name, "sentiment scored (first open only)", t);
        t = System.nanoTime();
        browser.interactions(store, NO_PROGRESS);
        report(name, "open again (scores current)", t);

        InteractionQuery all = InteractionQuery.all();
        t = System.nanoTime();
        long count = interactions.count(all);
        report(name, "count, no filter (" + count + ")", t);
        t = System.nanoTime();
        interactions.page(all, 0, PAGE);
        report(name, "first page, newest first", t);
        t = System.nanoTime();
        interactions.page(all, count / 2, PAGE);
        report(name, "page in the middle", t);

        InteractionQuery slowest = all.sortedBy(SortColumn.FIRST_RESPONSE_MINUTES, false);
        t = System.nanoTime();
        interactions.page(slowest, 0, PAGE);
        report(name, "first page sorted by first response time", t);
        InteractionQuery byAuthor = all.sortedBy(SortColumn.AUTHOR, true);
        t = System.nanoTime();
        interactions.page(byAuthor, 0, PAGE);
        report(name, "first page sorted by author", t);

        InteractionQuery unanswered = all.withChannels(Set.of("x")).withAnswered(AnsweredFilter.UNANSWERED)
                .withSentiment(SentimentFilter.NEGATIVE);
        t = System.nanoTime();
        long n = interactions.count(unanswered);
        interactions.page(unanswered, 0, PAGE);
        report(name, "filter x + unanswered + negative: count (" + n + ") and first page", t);
        InteractionQuery search = all.withSearch("refund");
        t = System.nanoTime();
        n = interactions.count(search);
        interactions.page(search, 0, PAGE);
        report(name, "search 'refund': count (" + n + ") and first page", t);

        var row = interactions.page(all.withAnswered(AnsweredFilter.RESPONDED), 0, 1).get(0);
        t = System.nanoTime();
        int size = interactions.conversation(row.channel(), row.sourceId()).orElseThrow().size();
        report(name, "conversation (" + size + " messages)", t);
        t = System.nanoTime();
        interactions.position(all, row.channel(), row.sourceId());
        report(name, "position of an interaction", t);
    }

    private static void report(String name, String what, long start) {
        System.out.printf(Locale.ROOT, "bench: %-10s %-60s %7.0f ms%n", name, what, seconds(start) * 1000);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Threads as real channels have them: a customer post (a quarter mention us), then replies, of which about
     * a third are ours (after minutes to days) and the rest customers answering each other.
     */
    private static Path generate(Path file, long rows) throws Exception {
        SplittableRandom random = new SplittableRandom(20261126L);
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            long i = 0;
            while (i < rows) {
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                long root = i;
                long at = start + i * 30;
                int replies = Math.min(random.nextInt(6), (int) (rows - i - 1));
                line(out, random, channel, root, null, root, "customer" + random.nextInt(100_000), at,
                        random.nextInt(4) == 0);
                i++;
                for (int r = 0; r < replies; r++, i++) {
                    long parent = root + random.nextInt(r + 1);
                    boolean ours = random.nextInt(3) == 0;
                    at += 60L * (1 + random.nextInt(ours ? 2_000 : 200));
                    line(out, random, channel, i, parent, root, ours ? ourHandle(channel) : "customer"
                            + random.nextInt(100_000), at, false);
                }
            }
        }
        return file;
    }

    private static String ourHandle(String channel) {
        return switch (channel) {
            case "x", "mastodon", "facebook" -> "acmehelp";
            case "zendesk" -> "agent";
            default -> "acmehelp\",\"role\":\"our_account";
        };
    }

    private static void line(BufferedWriter out, SplittableRandom random, String channel, long id, Long parent,
            long thread, String author, long epochSecond, boolean mention) throws Exception {
        StringBuilder text = new StringBuilder();
        int words = 6 + random.nextInt(20);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String kind = parent != null ? "reply" : channel.equals("zendesk") ? "ticket"
                : channel.equals("app-store") ? "review" : "post";
        out.write("{\"channel\":\"" + channel + "\",\"id\":\"" + id + "\",\"kind\":\"" + kind
                + "\",\"author\":{\"handle\":\"" + author + "\"},\"created_at\":\""
                + Instant.ofEpochSecond(epochSecond) + "\",\"text\":\"" + text + "\""
                + (parent == null ? "" : ",\"in_reply_to\":\"" + parent + "\",\"thread_id\":\"" + thread + "\"")
                + (channel.equals("reddit") ? ",\"space\":\"r/acme\"" : "")
                + (kind.equals("review") ? ",\"rating\":" + (1 + random.nextInt(5)) : "")
                + (mention ? ",\"mentions\":[\"acmehelp\"]" : "") + "}\n");
    }
}
