package io.rapport.cycle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.cli.RapportCli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code rapport metrics <project> --by <grouping> --json [filters]} prints, run in this runtime through
 * the command line's entry point: the numbers the dashboard must show. Run it while no workbench holds the
 * project.
 */
record ExpectedMetrics(String by, Map<String, MetricsRow> groups, MetricsRow total) {

    MetricsRow group(String key) {
        MetricsRow row = groups.get(key);
        if (row == null) {
            throw new AssertionError("no group '" + key + "' in " + groups.keySet());
        }
        return row;
    }

    /** @param filters e.g. {@code --channel x}, {@code --from 2026-01-01 --to 2026-03-31} */
    static ExpectedMetrics of(Path project, String by, String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("metrics", project.toString(), "--by", by, "--json"));
        args.addAll(List.of(filters));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "rapport " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(by, json.get("by").asText());
        Map<String, MetricsRow> groups = new LinkedHashMap<>();
        for (JsonNode g : json.get("groups")) {
            groups.put(g.get("key").asText(), row(g.get("key").asText(), g));
        }
        return new ExpectedMetrics(by, groups, row(null, json.get("total")));
    }

    private static MetricsRow row(String key, JsonNode m) {
        JsonNode minutes = m.get("first_response_minutes");
        return new MetricsRow(key, m.get("inbound").asLong(), m.get("addressed").asLong(), m.get("responded").asLong(),
                real(m.get("response_rate")), real(minutes.get("median")), real(minutes.get("p90")),
                m.get("negative_addressed").asLong(), m.get("negative_unanswered").asLong());
    }

    private static Double real(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }
}
