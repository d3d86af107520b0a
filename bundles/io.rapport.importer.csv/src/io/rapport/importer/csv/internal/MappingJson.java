package io.rapport.importer.csv.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a {@link CsvMapping} (documented in the README): reading with the JSON path of every
 * problem, writing in the order of {@link CsvMapping#FIELDS}.
 */
public final class MappingJson {
    private static final Set<String> TOP = Set.of("comment", "version", "delimiter", "encoding", "constants", "fields");
    private static final Set<String> RULE = Set.of("column", "values", "default", "format", "zone", "separator",
            "from_text");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingJson() {
    }

    /** @throws IllegalArgumentException {@code "$.path: what"} */
    public static CsvMapping parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("$: a mapping is a JSON object with \"fields\" (and \"constants\")");
        }
        unknownKeys(root, "$", TOP);
        Character delimiter = null;
        if (root.has("delimiter")) {
            String d = text(root.get("delimiter"), "$.delimiter");
            if (d.equals("tab") || d.equals("\\t")) {
                d = "\t";
            }
            if (d.length() != 1) {
                throw new IllegalArgumentException("$.delimiter: one character (\",\", \";\", \"\\t\" or \"tab\"), not '"
                        + d + "'");
            }
            delimiter = d.charAt(0);
        }
        String encoding = root.has("encoding") ? text(root.get("encoding"), "$.encoding") : null;
        Map<String, String> constants = new LinkedHashMap<>();
        if (root.has("constants")) {
            JsonNode c = object(root.get("constants"), "$.constants");
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                constants.put(e.getKey(), scalar(e.getValue(), "$.constants." + e.getKey()));
            }
        }
        Map<String, ColumnRule> fields = new LinkedHashMap<>();
        if (root.has("fields")) {
            JsonNode f = object(root.get("fields"), "$.fields");
            for (Map.Entry<String, JsonNode> e : f.properties()) {
                fields.put(e.getKey(), rule(e.getValue(), "$.fields." + e.getKey()));
            }
        }
        CsvMapping mapping = new CsvMapping(delimiter, encoding, constants, fields);
        MappingRules.check(mapping).stream().findFirst().ifPresent(p -> {
            throw new IllegalArgumentException(p.toString());
        });
        return mapping;
    }

    private static ColumnRule rule(JsonNode n, String path) {
        if (n.isTextual()) {
            return ColumnRule.column(n.asText());
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException(path + ": a column name or an object with \"column\"");
        }
        unknownKeys(n, path, RULE);
        Map<String, String> values = new LinkedHashMap<>();
        if (n.has("values")) {
            JsonNode v = object(n.get("values"), path + ".values");
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                values.put(e.getKey(), scalar(e.getValue(), path + ".values." + e.getKey()));
            }
        }
        boolean fromText = false;
        if (n.has("from_text")) {
            if (!n.get("from_text").isBoolean()) {
                throw new IllegalArgumentException(path + ".from_text: true or false");
            }
            fromText = n.get("from_text").asBoolean();
        }
        return new ColumnRule(optional(n, "column", path), values, optionalScalar(n, "default", path),
                optional(n, "format", path), optional(n, "zone", path), optional(n, "separator", path), fromText);
    }

    private static void unknownKeys(JsonNode n, String path, Set<String> known) {
        for (Map.Entry<String, JsonNode> property : n.properties()) {
            String k = property.getKey();
            if (!known.contains(k)) {
                throw new IllegalArgumentException(path + "." + k + ": unknown key (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static JsonNode object(JsonNode n, String path) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(path + ": an object expected");
        }
        return n;
    }

    private static String text(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw new IllegalArgumentException(path + ": a string expected");
        }
        return n.asText();
    }

    /** Constants and value maps may be written as numbers ({@code "rating": 5}). */
    private static String scalar(JsonNode n, String path) {
        if (!n.isValueNode() || n.isNull()) {
            throw new IllegalArgumentException(path + ": a string or number expected");
        }
        return n.asText();
    }

    private static String optional(JsonNode n, String key, String path) {
        return n.has(key) ? text(n.get(key), path + "." + key) : null;
    }

    private static String optionalScalar(JsonNode n, String key, String path) {
        return n.has(key) ? scalar(n.get(key), path + "." + key) : null;
    }

    /** The mapping as a mapping file's JSON, with an optional comment first (e.g. that it was guessed). */
    public static String write(CsvMapping mapping, String comment) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (comment != null) {
                g.writeStringField("comment", comment);
            }
            g.writeNumberField("version", 1);
            if (mapping.delimiter() != null) {
                g.writeStringField("delimiter", mapping.delimiter() == '\t' ? "tab" : mapping.delimiter().toString());
            }
            if (mapping.encoding() != null) {
                g.writeStringField("encoding", mapping.encoding());
            }
            g.writeObjectFieldStart("constants");
            for (String f : ordered(mapping.constants().keySet())) {
                g.writeStringField(f, mapping.constants().get(f));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("fields");
            for (String f : ordered(mapping.fields().keySet())) {
                writeRule(g, f, mapping.fields().get(f));
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString() + System.lineSeparator();
    }

    private static void writeRule(JsonGenerator g, String field, ColumnRule r) throws IOException {
        boolean plain = r.column() != null && r.values().isEmpty() && r.defaultValue() == null && r.format() == null
                && r.zone() == null && r.separator() == null && !r.fromText();
        if (plain) {
            g.writeStringField(field, r.column());
            return;
        }
        g.writeObjectFieldStart(field);
        if (r.column() != null) {
            g.writeStringField("column", r.column());
        }
        if (r.fromText()) {
            g.writeBooleanField("from_text", true);
        }
        if (!r.values().isEmpty()) {
            g.writeObjectFieldStart("values");
            for (Map.Entry<String, String> v : r.values().entrySet()) {
                g.writeStringField(v.getKey(), v.getValue());
            }
            g.writeEndObject();
        }
        if (r.defaultValue() != null) {
            g.writeStringField("default", r.defaultValue());
        }
        if (r.format() != null) {
            g.writeStringField("format", r.format());
        }
        if (r.zone() != null) {
            g.writeStringField("zone", r.zone());
        }
        if (r.separator() != null) {
            g.writeStringField("separator", r.separator());
        }
        g.writeEndObject();
    }

    /** Known fields in their documented order, unknown ones (kept, to be reported) after them. */
    private static java.util.List<String> ordered(Set<String> keys) {
        java.util.List<String> out = new java.util.ArrayList<>(CsvMapping.FIELDS.stream().filter(keys::contains).toList());
        keys.stream().filter(k -> !CsvMapping.FIELDS.contains(k)).forEach(out::add);
        return out;
    }
}
