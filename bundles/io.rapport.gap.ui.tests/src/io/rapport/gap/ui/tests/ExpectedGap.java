package io.rapport.gap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.cli.RapportCli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code rapport gap <project> --json ...} says, run through the command line's entry point. */
final class ExpectedGap {
    private ExpectedGap() {
    }

    static JsonNode of(Path project, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("gap", project.toString(), "--json"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "rapport " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The row {@code id}. */
    static JsonNode row(JsonNode gap, String id) {
        for (JsonNode r : gap.get("rows")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    /** The cell of {@code row} on {@code channel}, or {@code null}. */
    static JsonNode cell(JsonNode row, String channel) {
        for (JsonNode c : row.get("cells")) {
            if (c.get("channel").asText().equals(channel)) {
                return c;
            }
        }
        return null;
    }

    static List<String> channels(JsonNode gap) {
        List<String> channels = new ArrayList<>();
        gap.get("channels").forEach(c -> channels.add(c.asText()));
        return channels;
    }
}
