package io.rapport.gap.ui.tests;

import io.rapport.ui.testsupport.CliJson;

import com.fasterxml.jackson.databind.JsonNode;

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
        return CliJson.of(args.toArray(String[]::new));
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
