package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code rapport gap} on the sample project: its JSON is the service's report; bad options are usage errors. */
class GapCommandTest {
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

    private static GapReport expected(GapPeriod period) throws Exception {
        try (ProjectStore store = CLI.service(ProjectStoreProvider.class).open(sample)) {
            EngagementGap gap = CLI.service(EngagementGap.class);
            return gap.report(store, gap.model(store), period, new NullProgressMonitor());
        }
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = CLI.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void gapJsonIsTheServicesReport() throws Exception {
        JsonNode j = json("gap", sample.toString(), "--json");
        assertSameReport(expected(null), j);
        assertEquals("2026-10-01", j.get("period").get("from").asText(), "the sample's last month");
        assertEquals("2026-09-01", j.get("previous_period").get("from").asText());
    }

    @Test
    void aPeriodIsComparedWithAsManyDaysBefore() throws Exception {
        JsonNode j = json("gap", sample.toString(), "--from", "2026-04-01", "--to", "2026-06-15", "--json");
        GapPeriod period = new GapPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 15));
        assertSameReport(expected(period), j);
        assertEquals("2026-01-15", j.get("previous_period").get("from").asText(), "76 days before");
    }

    @Test
    void theSampleGivesEveryDefaultIndicatorSomethingToMeasure() throws Exception {
        GapReport report = expected(new GapPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 10, 31)));
        for (IndicatorResult i : report.indicators()) {
            long between = i.channels().stream().map(ChannelMeasurement::current).map(Measurement::value)
                    .filter(v -> v != null && v > 0 && v < 100).count();
            assertTrue(between > 0, i.indicator().id() + " is 0, 100 or undefined on every channel: " + i.channels());
        }
        assertTrue(report.rows().get(0).gap() > 0, "the first row has a gap");
    }

    @Test
    void theTableRanksTheRowsAndExplainsTheIndicators() {
        Cli.Result r = CLI.run("gap", sample.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Engagement gap 2026-10-01..2026-10-31, against 2026-09-01..2026-09-30"),
                r.out());
        assertTrue(r.out().contains("   1 ") && r.out().contains("Formulas:")
                && r.out().contains("Listening without responding: two-way-communication, prompt-dispute-resolution")
                && r.out().contains("Trust: no indicator is bound"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (List<String> args : List.of(List.of("gap"), List.of("gap", sample.toString(), "--from", "2026-01-01"),
                List.of("gap", sample.toString(), "--from", "2026-02-01", "--to", "2026-01-01"),
                List.of("gap", sample.toString(), "--from", "January", "--to", "2026-01-01"),
                List.of("gap", sample.toString(), "--by", "channel"),
                List.of("gap", tmp.resolve("nowhere").toString()))) {
            Cli.Result r = CLI.run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().startsWith("rapport gap: "), r.err());
        }
    }

    @Test
    void benchGapFindsTheSameNumbersAsTheHandWrittenQuery() throws Exception {
        JsonNode b = json("bench", "gap", "--interactions", "20000", "--dir", tmp.resolve("bench").toString(),
                "--json");
        assertTrue(b.get("interactions").asLong() >= 20000, b.toString());
        assertEquals(6, b.get("channels").asInt(), "the generator's six channels");
        assertEquals(b.get("report_seconds").asDouble() / b.get("baseline_seconds").asDouble(),
                b.get("ratio").asDouble(), 0.01 + b.get("ratio").asDouble() * 0.01);
        Cli.Result wrong = CLI.run("bench", "metrics", "--interactions", "5");
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertEquals(2, CLI.run("bench", "gap", "--rows", "5").exitCode());
    }

    private static void assertSameReport(GapReport expected, JsonNode j) {
        assertEquals(expected.period().to().toString(), j.get("period").get("to").asText());
        assertEquals(expected.channels(), strings(j.get("channels")));
        assertEquals(expected.rows().size(), j.get("rows").size());
        for (int i = 0; i < expected.rows().size(); i++) {
            ExpectationGap row = expected.rows().get(i);
            JsonNode jr = j.get("rows").get(i);
            assertEquals(row.rank(), jr.get("rank").asInt());
            assertEquals(row.expectation().id(), jr.get("id").asText());
            assertEquals(row.expectation().label(), jr.get("label").asText());
            assertEquals(row.expectation().indicators(), strings(jr.get("indicators")));
            assertNumber(row.importance(), jr.get("importance"));
            assertNumber(row.performance(), jr.get("performance"));
            assertNumber(row.gap(), jr.get("gap"));
            assertNumber(row.previousGap(), jr.get("previous_gap"));
            assertNumber(row.change(), jr.get("change"));
            assertEquals(row.notes(), strings(jr.get("notes")));
            for (int c = 0; c < row.cells().size(); c++) {
                GapCell cell = row.cells().get(c);
                JsonNode jc = jr.get("cells").get(c);
                assertEquals(cell.channel(), jc.get("channel").asText());
                assertNumber(cell.gap(), jc.get("gap"));
                assertEquals(cell.basis(), jc.get("basis").asLong());
                cell.indicators().forEach((id, m) -> assertMeasurement(m, jc.get("indicators").get(id)));
            }
        }
        for (int i = 0; i < expected.indicators().size(); i++) {
            IndicatorResult ir = expected.indicators().get(i);
            JsonNode ji = j.get("indicators").get(i);
            assertEquals(ir.indicator().id(), ji.get("id").asText());
            assertEquals(ir.indicator().formula(), ji.get("formula").asText());
            for (int c = 0; c < ir.channels().size(); c++) {
                assertMeasurement(ir.channels().get(c).current(), ji.get("channels").get(c));
                assertMeasurement(ir.channels().get(c).previous(), ji.get("channels").get(c).get("previous"));
            }
        }
        assertEquals(9, j.get("indicators").size(), "the nine default indicators");
        assertEquals(7, j.get("shortfalls").size());
    }

    private static void assertMeasurement(Measurement m, JsonNode j) {
        assertNumber(m.value(), j.get("value"));
        assertEquals(m.numerator(), j.get("numerator").asLong());
        assertEquals(m.denominator(), j.get("denominator").asLong());
        assertEquals(m.note(), j.get("note").asText());
    }

    private static void assertNumber(Double expected, JsonNode actual) {
        if (expected == null) {
            assertTrue(actual.isNull(), "expected null, got " + actual);
        } else {
            assertEquals(expected, actual.asDouble(), 0.0);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
