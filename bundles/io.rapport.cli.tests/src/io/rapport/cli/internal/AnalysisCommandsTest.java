package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.cli.RapportCli;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code rapport metrics} and {@code rapport cycle} on the sample project, as a user runs them. */
class AnalysisCommandsTest {
    private static final Cli CLI = new Cli();
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    private static Path sample;

    @BeforeAll
    static void sampleProject() {
        sample = tmp.resolve("sample");
        Cli.Result r = CLI.run("sample", sample.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @AfterAll
    static void close() {
        CLI.close();
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void metricsJsonHasTheDocumentedShapeAndTheServicesNumbers() throws Exception {
        JsonNode m = json(CLI.run("metrics", sample.toString(), "--json"));
        assertEquals("channel", m.get("by").asText());
        MetricsReport expected;
        try (ProjectStore store = CLI.service(ProjectStoreProvider.class).open(sample)) {
            expected = CLI.service(EngagementCycle.class).metrics(store, Grouping.CHANNEL, AnalysisFilter.all(),
                    new NullProgressMonitor());
        }
        List<String> keys = new ArrayList<>();
        m.get("groups").forEach(g -> keys.add(g.get("key").asText()));
        assertEquals(expected.groups().stream().map(ResponseMetrics::key).toList(), keys);
        assertEquals(10, keys.size(), "the sample's ten channels");
        for (int i = 0; i < keys.size(); i++) {
            assertSame(expected.groups().get(i), m.get("groups").get(i));
        }
        assertSame(expected.total(), m.get("total"));
        JsonNode total = m.get("total");
        long addressed = 0;
        for (JsonNode g : m.get("groups")) {
            addressed += g.get("addressed").asLong();
        }
        assertEquals(total.get("addressed").asLong(), addressed, "groups add up to the total");
        assertTrue(total.get("responded").asLong() > 0 && total.get("negative_unanswered").asLong() > 0,
                "the sample has answered and unanswered complaints: " + total);
    }

    private static void assertSame(ResponseMetrics expected, JsonNode actual) {
        assertEquals(expected.inbound(), actual.get("inbound").asLong());
        assertEquals(expected.addressed(), actual.get("addressed").asLong());
        assertEquals(expected.responded(), actual.get("responded").asLong());
        assertNumber(expected.responseRate(), actual.get("response_rate"));
        assertNumber(expected.medianMinutes(), actual.get("first_response_minutes").get("median"));
        assertNumber(expected.p90Minutes(), actual.get("first_response_minutes").get("p90"));
        assertEquals(expected.negativeAddressed(), actual.get("negative_addressed").asLong());
        assertEquals(expected.negativeUnanswered(), actual.get("negative_unanswered").asLong());
    }

    private static void assertNumber(Double expected, JsonNode actual) {
        if (expected == null) {
            assertTrue(actual.isNull(), "null where undefined, got " + actual);
        } else {
            assertEquals(expected, actual.asDouble(), 1e-9);
        }
    }

    @Test
    void groupingByMonthAndDepartmentAndFiltering() throws Exception {
        JsonNode months = json(CLI.run("metrics", sample.toString(), "--by", "month", "--json"));
        List<String> keys = new ArrayList<>();
        months.get("groups").forEach(g -> keys.add(g.get("key").asText()));
        assertEquals(keys.stream().sorted().toList(), keys);
        assertEquals("2025-09", keys.get(0));
        assertEquals(14, keys.size(), "2025-09 .. 2026-10");
        JsonNode departments = json(CLI.run("metrics", sample.toString(), "--by", "department", "--json"));
        List<String> dkeys = new ArrayList<>();
        departments.get("groups").forEach(g -> dkeys.add(g.get("key").asText()));
        assertTrue(dkeys.containsAll(List.of(Grouping.NO_RESPONSE, Grouping.NOT_ADDRESSED, "support")), dkeys.toString());
        JsonNode reddit = json(CLI.run("metrics", sample.toString(), "--channel", "reddit", "--from", "2026-01-01",
                "--to", "2026-03-31", "--json"));
        assertEquals(1, reddit.get("groups").size());
        assertEquals("reddit", reddit.get("groups").get(0).get("key").asText());
        JsonNode allReddit = json(CLI.run("metrics", sample.toString(), "--channel", "reddit", "--json"));
        assertTrue(reddit.get("total").get("inbound").asLong() < allReddit.get("total").get("inbound").asLong());
    }

    @Test
    void theHumanTableEndsWithTheTotalAndSaysWhatNegativeMeans() {
        Cli.Result r = CLI.run("metrics", sample.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\ntotal "), r.out());
        assertTrue(r.out().contains("Negative = sentiment <= -0.05"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (List<String> args : List.of(List.of("--by", "week"), List.of("--from", "2025-13-01"),
                List.of("--from", "2025-02-01", "--to", "2025-01-01"))) {
            List<String> all = new ArrayList<>(List.of("metrics", sample.toString()));
            all.addAll(args);
            Cli.Result r = CLI.run(all.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().startsWith("rapport metrics: "), r.err());
        }
        Cli.Result missing = CLI.run("metrics", tmp.resolve("nothing-here").toString());
        assertEquals(2, missing.exitCode(), missing.err());
    }

    @Test
    void cycleJsonHasTheFunnelInOrderAndTheResponders() throws Exception {
        JsonNode c = json(CLI.run("cycle", sample.toString(), "--json"));
        List<String> steps = new ArrayList<>();
        c.get("funnel").forEach(s -> steps.add(s.get("step").asText()));
        assertEquals(List.of("questions", "answered", "answered_by_us", "answered_by_customers", "gratitude",
                "reciprocation", "sharing"), steps);
        long questions = c.get("funnel").get(0).get("count").asLong();
        long answered = c.get("funnel").get(1).get("count").asLong();
        assertTrue(questions > 0 && answered > 0 && answered <= questions, c.get("funnel").toString());
        for (JsonNode s : c.get("funnel")) {
            assertTrue(s.get("count").asLong() <= questions, s.toString());
            assertTrue(s.get("count").asLong() > 0, "the sample shows every step: " + s);
        }
        JsonNode responders = c.get("responders");
        long sum = 0;
        for (JsonNode d : responders.get("by_department")) {
            sum += d.get("answers").asLong();
        }
        assertEquals(responders.get("answers").asLong(), sum);
        assertEquals(Set.of("marketing", "support"),
                Set.of(responders.get("core_teams").get(0).asText(), responders.get("core_teams").get(1).asText()));
        assertTrue(responders.get("share_outside_core_teams").asDouble() > 0, responders.toString());
    }

    @Test
    void theInProcessEntryPointPrintsWhatTheCommandLinePrints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = RapportCli.run(List.of("metrics", sample.toString(), "--by", "month", "--json"), o, e);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(CLI.run("metrics", sample.toString(), "--by", "month", "--json").out(),
                out.toString(StandardCharsets.UTF_8));
    }
}
