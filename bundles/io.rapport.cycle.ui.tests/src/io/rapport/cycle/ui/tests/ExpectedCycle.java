package io.rapport.cycle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.cli.RapportCli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code rapport cycle <project> --json} says: funnel step → count, department → answers. */
record ExpectedCycle(Map<String, Long> funnel, Map<String, Long> answersByDepartment) {

    static ExpectedCycle of(Path project) throws Exception {
        List<String> args = List.of("cycle", project.toString(), "--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RapportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "rapport " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Map<String, Long> funnel = new LinkedHashMap<>();
        for (JsonNode s : json.get("funnel")) {
            funnel.put(s.get("step").asText(), s.get("count").asLong());
        }
        Map<String, Long> departments = new LinkedHashMap<>();
        for (JsonNode d : json.get("responders").get("by_department")) {
            departments.put(d.get("department").asText(), d.get("answers").asLong());
        }
        return new ExpectedCycle(funnel, departments);
    }
}
