package io.rapport.gap.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapModelException;
import io.rapport.gap.core.Importance;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows as the project document {@code gap/expectations}:
 *
 * <pre>
 * {"format":"rapport-gap-expectations","version":1,
 *  "expectations":[{"id":"trust","label":"Trust","indicators":["transparency"],
 *                   "importance":{"weight":4} | {"survey_item":"c2"},"target":80}, ...]}
 * </pre>
 */
final class ModelJson {
    static final String FORMAT = "rapport-gap-expectations";
    private final ObjectMapper mapper = new ObjectMapper();

    String write(GapModel model) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode rows = root.putArray("expectations");
        for (Expectation e : model.expectations()) {
            ObjectNode row = rows.addObject();
            row.put("id", e.id());
            row.put("label", e.label());
            ArrayNode indicators = row.putArray("indicators");
            e.indicators().forEach(indicators::add);
            ObjectNode importance = row.putObject("importance");
            if (e.importance().weight() != null) {
                importance.put("weight", e.importance().weight());
            } else {
                importance.put("survey_item", e.importance().surveyItem());
            }
            row.put("target", e.target());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the gap rows", e);
        }
    }

    /** @throws GapModelException naming every row that cannot be read */
    GapModel read(String json) throws GapModelException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GapModelException(List.of("the saved rows are not JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.path("expectations").isArray()) {
            throw new GapModelException(List.of("the saved rows have no \"expectations\" array"));
        }
        List<Expectation> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode row : root.get("expectations")) {
            n++;
            try {
                List<String> indicators = new ArrayList<>();
                row.path("indicators").forEach(i -> indicators.add(i.asText()));
                JsonNode imp = row.path("importance");
                Importance importance = new Importance(imp.hasNonNull("weight") ? imp.get("weight").asInt() : null,
                        imp.hasNonNull("survey_item") ? imp.get("survey_item").asText() : null);
                rows.add(new Expectation(row.path("id").asText(null), row.path("label").asText(null), indicators,
                        importance, row.path("target").asDouble(GapModel.DEFAULT_TARGET)));
            } catch (IllegalArgumentException e) {
                problems.add("row " + n + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new GapModelException(problems);
        }
        return new GapModel(rows);
    }
}
