package io.rapport.cycle.core.internal;

import static io.rapport.cycle.core.internal.Keywords.keywords;
import static io.rapport.cycle.core.internal.MetricsAssert.assertMetrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.sample.SampleProjects;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metric definitions implemented a second time, in plain Java over every row of the sample project, must
 * give the numbers the SQL gives: a join that duplicates rows or a rule applied in the wrong order shows here.
 */
class SampleProjectOracleTest {
    private static final RapportServices SERVICES = RapportServices.forTest(SampleProjectOracleTest.class);

    private record Row(String channel, String id, String kind, String handle, boolean ours, LocalDateTime at,
            String inReplyTo, String space, Integer rating, List<String> mentions, Double sentiment) {
    }

    @AfterAll
    static void services() {
        SERVICES.close();
    }

    @Test
    void sqlMetricsEqualAPlainJavaReadingOfTheDefinitions(@TempDir java.nio.file.Path dir) throws Exception {
        try (KeywordSentimentModel model = keywords("1", 1000);
                ProjectStore store = SERVICES.get(SampleProjects.class).create(dir.resolve("sample"),
                        new NullProgressMonitor())) {
            EngagementCycle cycle = SERVICES.get(EngagementCycle.class);
            MetricsReport report = cycle.metrics(store, Grouping.CHANNEL, AnalysisFilter.all(),
                    new NullProgressMonitor());
            List<Row> rows = read(store, report.sentimentModel());
            Map<String, List<Double>> minutes = new TreeMap<>();
            Map<String, long[]> counts = new TreeMap<>();
            compute(rows, store.settings(), counts, minutes);
            List<ResponseMetrics> expected = new ArrayList<>();
            counts.forEach((channel, c) -> expected.add(metrics(channel, c, minutes.get(channel))));
            assertMetrics(expected, report.groups());
            assertTrue(report.total().negativeAddressed() > 0 && report.total().responded() > 0);
        }
    }

    private static List<Row> read(ProjectStore store, String modelKey) throws Exception {
        List<Row> rows = new ArrayList<>();
        store.query("SELECT i.channel, i.source_id, i.kind, i.author_handle, i.direction = 'outbound', i.created_at,"
                + " i.in_reply_to, i.space, i.rating, i.mentions, s.score FROM interactions_v i LEFT JOIN"
                + " sentiment_scores s ON s.channel = i.channel AND s.source_id = i.source_id AND s.model = ?",
                List.of(modelKey), r -> {
                    List<String> mentions = new ArrayList<>();
                    Object m = r.get(9);
                    if (m instanceof java.sql.Array a) {
                        for (Object o : (Object[]) a.getArray()) {
                            mentions.add((String) o);
                        }
                    }
                    rows.add(new Row((String) r.get(0), (String) r.get(1), (String) r.get(2), (String) r.get(3),
                            (Boolean) r.get(4), ((java.sql.Timestamp) r.get(5)).toLocalDateTime(), (String) r.get(6),
                            (String) r.get(7), r.get(8) == null ? null : ((Number) r.get(8)).intValue(), mentions,
                            r.get(10) == null ? null : ((Number) r.get(10)).doubleValue()));
                });
        assertEquals(store.summary().interactions(), rows.size());
        return rows;
    }

    /** counts per channel: inbound, addressed, responded, negative addressed, negative unanswered. */
    private static void compute(List<Row> rows, ProjectSettings settings, Map<String, long[]> counts,
            Map<String, List<Double>> minutes) {
        Map<String, Row> byKey = new HashMap<>();
        Map<String, List<Row>> replies = new HashMap<>();
        for (Row r : rows) {
            byKey.put(r.channel() + "\u0000" + r.id(), r);
            if (r.inReplyTo() != null) {
                replies.computeIfAbsent(r.channel() + "\u0000" + r.inReplyTo(), k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> ourHandles = new HashSet<>();
        for (AccountRef a : settings.ourAccounts()) {
            ourHandles.add(a.channel() + "\u0000" + a.handle().toLowerCase(Locale.ROOT));
        }
        Set<String> spaces = new HashSet<>();
        for (OwnedSpace s : settings.spaces()) {
            spaces.add(s.channel() + "\u0000" + s.name().toLowerCase(Locale.ROOT));
        }
        for (Row r : rows) {
            if (r.ours()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(r.channel(), k -> new long[5]);
            minutes.computeIfAbsent(r.channel(), k -> new ArrayList<>());
            c[0]++;
            Row parent = r.inReplyTo() == null ? null : byKey.get(r.channel() + "\u0000" + r.inReplyTo());
            boolean mentionsUs = r.mentions().stream().anyMatch(m -> ourHandles.contains(r.channel() + "\u0000"
                    + (m.startsWith("@") ? m.substring(1) : m).toLowerCase(Locale.ROOT)));
            boolean startsThreadInOurSpace = r.inReplyTo() == null && (r.kind().equals("review")
                    || r.kind().equals("ticket")
                    || (r.space() != null && spaces.contains(r.channel() + "\u0000" + r.space().toLowerCase(Locale.ROOT))));
            boolean addressed = (parent != null && parent.ours()) || mentionsUs || startsThreadInOurSpace;
            if (!addressed) {
                continue;
            }
            c[1]++;
            Row first = null;
            for (Row reply : replies.getOrDefault(r.channel() + "\u0000" + r.id(), List.of())) {
                if (reply.ours() && !reply.at().isBefore(r.at()) && (first == null || reply.at().isBefore(first.at()))) {
                    first = reply;
                }
            }
            boolean negative = (r.sentiment() != null && r.sentiment() <= -0.05)
                    || (r.rating() != null && r.rating() <= 2);
            if (first != null) {
                c[2]++;
                minutes.get(r.channel()).add(Duration.between(r.at(), first.at()).toMillis() / 60000.0);
            }
            if (negative) {
                c[3]++;
                if (first == null) {
                    c[4]++;
                }
            }
        }
    }

    private static ResponseMetrics metrics(String channel, long[] c, List<Double> minutes) {
        return new ResponseMetrics(channel, c[0], c[1], c[2], c[1] == 0 ? null : (double) c[2] / c[1],
                quantile(minutes, 0.5), quantile(minutes, 0.9), c[3], c[4]);
    }

    /** Continuous quantile (linear interpolation between closest ranks). */
    private static Double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double pos = (sorted.size() - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
    }
}
