package io.rapport.journey.core.internal;

import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneyModel.Attestation;
import io.rapport.journey.core.JourneyModel.Criterion;
import io.rapport.journey.core.JourneyModel.Dimension;
import io.rapport.journey.core.JourneyModel.Evidence;
import io.rapport.journey.core.JourneyModel.Stage;
import io.rapport.journey.core.ModelInputException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a maturity model's JSON strictly: unknown fields, keys given twice, ids used twice, a criterion naming a
 * stage or dimension the model does not have, or criteria on the first stage are errors, each reported as
 * {@code source: $.path: reason}. A misspelt {@code "at_lest"} would otherwise silently make a criterion
 * impossible or trivial.
 */
final class ModelReader {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;

    private ModelReader(String source) {
        this.source = source;
    }

    static JourneyModel read(String json, String source) throws ModelInputException {
        return new ModelReader(source).parse(json);
    }

    private JourneyModel parse(String json) throws ModelInputException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ModelInputException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
        if (root == null || !root.isObject()) {
            throw error("$", "expected a JSON object");
        }
        known(root, "$", Set.of("format", "id", "label", "source", "description", "stages", "dimensions",
                "criteria"));
        if (root.has("format") && (!root.get("format").canConvertToInt() || root.get("format").asInt() > FORMAT)) {
            throw error("$.format", "format " + root.get("format") + " is not one this Rapport reads (" + FORMAT
                    + ")");
        }
        String id = id(required(root, "$", "id"), "$.id");
        String label = text(required(root, "$", "label"), "$.label");
        String from = root.has("source") ? text(root.get("source"), "$.source") : "";
        String description = root.has("description") ? text(root.get("description"), "$.description") : "";

        List<Stage> stages = new ArrayList<>();
        Set<String> stageIds = new HashSet<>();
        JsonNode stageArray = array(required(root, "$", "stages"), "$.stages");
        for (int i = 0; i < stageArray.size(); i++) {
            String path = "$.stages[" + i + "]";
            JsonNode s = object(stageArray.get(i), path);
            known(s, path, Set.of("id", "label", "description"));
            String stageId = unique(id(required(s, path, "id"), path + ".id"), stageIds, path + ".id", "stage");
            stages.add(new Stage(stageId, text(required(s, path, "label"), path + ".label"),
                    s.has("description") ? text(s.get("description"), path + ".description") : ""));
        }
        if (stages.size() < 2) {
            throw error("$.stages", "a model needs at least two stages (where everyone starts, and one to reach)");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> dimensionIds = new HashSet<>();
        JsonNode dimensionArray = array(required(root, "$", "dimensions"), "$.dimensions");
        for (int i = 0; i < dimensionArray.size(); i++) {
            String path = "$.dimensions[" + i + "]";
            JsonNode d = object(dimensionArray.get(i), path);
            known(d, path, Set.of("id", "label"));
            dimensions.add(new Dimension(unique(id(required(d, path, "id"), path + ".id"), dimensionIds,
                    path + ".id", "dimension"), text(required(d, path, "label"), path + ".label")));
        }
        if (dimensions.isEmpty()) {
            throw error("$.dimensions", "a model needs at least one dimension");
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionIds = new HashSet<>();
        JsonNode criterionArray = array(required(root, "$", "criteria"), "$.criteria");
        for (int i = 0; i < criterionArray.size(); i++) {
            criteria.add(criterion(object(criterionArray.get(i), "$.criteria[" + i + "]"), "$.criteria[" + i + "]",
                    criterionIds, stageIds, dimensionIds, stages.get(0).id()));
        }
        return new JourneyModel(id, label, from, description, stages, dimensions, criteria);
    }

    private Criterion criterion(JsonNode c, String path, Set<String> ids, Set<String> stageIds,
            Set<String> dimensionIds, String firstStage) throws ModelInputException {
        known(c, path, Set.of("id", "dimension", "stage", "label", "evidence", "attestation"));
        String id = unique(id(required(c, path, "id"), path + ".id"), ids, path + ".id", "criterion");
        String dimension = text(required(c, path, "dimension"), path + ".dimension");
        if (!dimensionIds.contains(dimension)) {
            throw error(path + ".dimension", "the model has no dimension '" + dimension + "'");
        }
        String stage = text(required(c, path, "stage"), path + ".stage");
        if (!stageIds.contains(stage)) {
            throw error(path + ".stage", "the model has no stage '" + stage + "'");
        }
        if (stage.equals(firstStage)) {
            throw error(path + ".stage", "the first stage '" + firstStage + "' is where everyone starts: it has no "
                    + "criteria");
        }
        String label = text(required(c, path, "label"), path + ".label");
        if (c.has("evidence") == c.has("attestation")) {
            throw error(path, "give either \"evidence\" or \"attestation\"");
        }
        if (c.has("attestation")) {
            JsonNode a = object(c.get("attestation"), path + ".attestation");
            known(a, path + ".attestation", Set.of("question"));
            return new Criterion(id, dimension, stage, label, null,
                    new Attestation(text(required(a, path + ".attestation", "question"), path
                            + ".attestation.question")));
        }
        String ep = path + ".evidence";
        JsonNode e = object(c.get("evidence"), ep);
        known(e, ep, Set.of("indicator", "at_least", "at_most"));
        if (e.has("at_least") == e.has("at_most")) {
            throw error(ep, "give either \"at_least\" or \"at_most\"");
        }
        String indicator = text(required(e, ep, "indicator"), ep + ".indicator");
        Double atLeast = e.has("at_least") ? number(e.get("at_least"), ep + ".at_least") : null;
        Double atMost = e.has("at_most") ? number(e.get("at_most"), ep + ".at_most") : null;
        return new Criterion(id, dimension, stage, label, new Evidence(indicator, atLeast, atMost), null);
    }

    private String unique(String id, Set<String> seen, String path, String what) throws ModelInputException {
        if (!seen.add(id)) {
            throw error(path, "the " + what + " id '" + id + "' is used twice");
        }
        return id;
    }

    private JsonNode required(JsonNode node, String path, String field) throws ModelInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw error(path, "\"" + field + "\" is missing");
        }
        return value;
    }

    private void known(JsonNode node, String path, Set<String> fields) throws ModelInputException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw error(path + "." + name, "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(
                        fields)) + ")");
            }
        }
    }

    private String text(JsonNode node, String path) throws ModelInputException {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(path, "expected a non-empty text");
        }
        return node.asText().strip();
    }

    private String id(JsonNode node, String path) throws ModelInputException {
        String id = text(node, path);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw error(path, "'" + id + "' is not an id (lower-case letters, digits and '-')");
        }
        return id;
    }

    private double number(JsonNode node, String path) throws ModelInputException {
        if (!node.isNumber()) {
            throw error(path, "expected a number");
        }
        return node.asDouble();
    }

    private JsonNode object(JsonNode node, String path) throws ModelInputException {
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object");
        }
        return node;
    }

    private JsonNode array(JsonNode node, String path) throws ModelInputException {
        if (!node.isArray()) {
            throw error(path, "expected an array");
        }
        return node;
    }

    private ModelInputException error(String path, String reason) {
        return new ModelInputException(source + ": " + path + ": " + reason);
    }
}
