package io.rapport.hierarchy.ui.tests;

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

/** What {@code rapport score <project> --json ...} says, run through the command line's entry point. */
final class ExpectedScore {
    private ExpectedScore() {
    }

    static JsonNode of(Path project, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("score", project.toString(), "--json"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "rapport " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
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
