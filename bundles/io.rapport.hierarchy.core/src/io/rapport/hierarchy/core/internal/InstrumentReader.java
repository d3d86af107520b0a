package io.rapport.hierarchy.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.SegmentMapping;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyInputException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the instrument JSON of the README. Every problem is reported as {@code source: $.path: reason}, and
 * unknown fields are errors (a misspelt {@code "revese"} would otherwise silently score an item the wrong way).
 */
final class InstrumentReader {
    /** Version of the instrument format; a newer file is refused rather than misread. */
    static final int FORMAT = 1;

    private final String source;

    private InstrumentReader(String source) {
        this.source = source;
    }

    static InstrumentFile read(String json, String source) throws SurveyInputException {
        return new InstrumentReader(source).parse(json);
    }

    private InstrumentFile parse(String json) throws SurveyInputException {
        JsonNode root = JsonDocuments.parse(json, source);
        if (root == null || !root.isObject()) {
            throw error("$", "expected a JSON object");
        }
        known(root, "$", Set.of("format", "name", "description", "scale", "top_box", "levels", "items", "segments",
                "rule_options"));
        if (root.has("format")) {
            int format = integer(root.get("format"), "$.format");
            if (format > FORMAT) {
                throw error("$.format", "format " + format + " is newer than this Rapport understands (" + FORMAT
                        + "); use a newer Rapport");
            }
        }
        String name = text(required(root, "$", "name"), "$.name");
        if (root.has("description")) {
            text(root.get("description"), "$.description");
        }
        JsonNode scale = object(required(root, "$", "scale"), "$.scale");
        known(scale, "$.scale", Set.of("min", "max"));
        int min = integer(required(scale, "$.scale", "min"), "$.scale.min");
        int max = integer(required(scale, "$.scale", "max"), "$.scale.max");
        int topBox = integer(required(root, "$", "top_box"), "$.top_box");

        List<Level> levels = new ArrayList<>();
        JsonNode levelArray = array(required(root, "$", "levels"), "$.levels");
        for (int i = 0; i < levelArray.size(); i++) {
            String path = "$.levels[" + i + "]";
            JsonNode l = object(levelArray.get(i), path);
            known(l, path, Set.of("id", "label"));
            String id = text(required(l, path, "id"), path + ".id");
            levels.add(new Level(id, l.has("label") ? text(l.get("label"), path + ".label") : id));
        }
        List<Item> items = new ArrayList<>();
        JsonNode itemArray = array(required(root, "$", "items"), "$.items");
        for (int i = 0; i < itemArray.size(); i++) {
            String path = "$.items[" + i + "]";
            JsonNode it = object(itemArray.get(i), path);
            known(it, path, Set.of("id", "level", "text", "reverse"));
            boolean reverse = false;
            if (it.has("reverse")) {
                if (!it.get("reverse").isBoolean()) {
                    throw error(path + ".reverse", "expected true or false");
                }
                reverse = it.get("reverse").booleanValue();
            }
            items.add(new Item(text(required(it, path, "id"), path + ".id"),
                    text(required(it, path, "text"), path + ".text"), text(required(it, path, "level"), path + ".level"),
                    reverse));
        }
        SegmentMapping segments = null;
        if (root.has("segments")) {
            JsonNode s = object(root.get("segments"), "$.segments");
            known(s, "$.segments", Set.of("fully_engaged", "engaged", "actively_disengaged_below"));
            SegmentMapping defaults;
            try {
                defaults = SegmentMapping.defaults(levels, min, max);
            } catch (IllegalArgumentException e) {
                throw error("$.levels", e.getMessage());
            }
            segments = new SegmentMapping(
                    s.has("fully_engaged") ? text(s.get("fully_engaged"), "$.segments.fully_engaged")
                            : defaults.fullyEngagedFrom(),
                    s.has("engaged") ? text(s.get("engaged"), "$.segments.engaged") : defaults.engagedFrom(),
                    s.has("actively_disengaged_below")
                            ? number(s.get("actively_disengaged_below"), "$.segments.actively_disengaged_below")
                            : defaults.activelyDisengagedBelow());
        }
        Map<String, Map<String, Double>> ruleOptions = new LinkedHashMap<>();
        if (root.has("rule_options")) {
            JsonNode all = object(root.get("rule_options"), "$.rule_options");
            for (Iterator<Map.Entry<String, JsonNode>> rules = all.fields(); rules.hasNext();) {
                Map.Entry<String, JsonNode> rule = rules.next();
                String path = "$.rule_options." + rule.getKey();
                Map<String, Double> values = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> options = object(rule.getValue(), path).fields(); options
                        .hasNext();) {
                    Map.Entry<String, JsonNode> option = options.next();
                    values.put(option.getKey(), number(option.getValue(), path + "." + option.getKey()));
                }
                ruleOptions.put(rule.getKey(), values);
            }
        }
        try {
            return new InstrumentFile(new Instrument(name, levels, items, min, max, topBox, segments, ruleOptions), json,
                    source);
        } catch (IllegalArgumentException e) {
            throw new SurveyInputException(source + ": " + e.getMessage(), e);
        }
    }

    private SurveyInputException error(String path, String reason) {
        return new SurveyInputException(source + ": " + path + ": " + reason);
    }

    private JsonNode required(JsonNode parent, String path, String field) throws SurveyInputException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw error(path + "." + field, "missing");
        }
        return n;
    }

    private void known(JsonNode node, String path, Set<String> fields) throws SurveyInputException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw error(path + "." + name, "unknown field (known: " + String.join(", ", fields.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    private JsonNode object(JsonNode n, String path) throws SurveyInputException {
        if (!n.isObject()) {
            throw error(path, "expected an object, found " + kind(n));
        }
        return n;
    }

    private JsonNode array(JsonNode n, String path) throws SurveyInputException {
        if (!n.isArray()) {
            throw error(path, "expected an array, found " + kind(n));
        }
        return n;
    }

    private String text(JsonNode n, String path) throws SurveyInputException {
        if (!n.isTextual()) {
            throw error(path, "expected a string, found " + kind(n));
        }
        if (n.textValue().isBlank()) {
            throw error(path, "empty");
        }
        return n.textValue().strip();
    }

    private int integer(JsonNode n, String path) throws SurveyInputException {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw error(path, "expected a whole number, found " + kind(n));
        }
        return n.intValue();
    }

    private double number(JsonNode n, String path) throws SurveyInputException {
        if (!n.isNumber()) {
            throw error(path, "expected a number, found " + kind(n));
        }
        return n.doubleValue();
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "the string \"" + n.textValue() + "\"";
        }
        if (n.isNumber() || n.isBoolean() || n.isNull()) {
            return n.toString();
        }
        return n.isArray() ? "an array" : "an object";
    }
}
