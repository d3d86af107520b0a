package io.rapport.hierarchy.ui.tests;

import io.rapport.ui.testsupport.CliJson;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code rapport score <project> --json ...} says, run through the command line's entry point. */
final class ExpectedScore {
    private ExpectedScore() {
    }

    static JsonNode of(Path project, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("score", project.toString(), "--json"));
        args.addAll(List.of(options));
        return CliJson.of(args.toArray(String[]::new));
    }

    /** The count of one segment ({@code fully_engaged}, ...). */
    static long segment(JsonNode score, String id) {
        for (JsonNode s : score.get("segments")) {
            if (s.get("segment").asText().equals(id)) {
                return s.get("count").asLong();
            }
        }
        throw new AssertionError("no segment " + id + " in " + score.get("segments"));
    }

    static JsonNode segmentNode(JsonNode score, String id) {
        for (JsonNode s : score.get("segments")) {
            if (s.get("segment").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no segment " + id);
    }
}
