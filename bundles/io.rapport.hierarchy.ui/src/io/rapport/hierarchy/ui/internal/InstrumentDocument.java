package io.rapport.hierarchy.ui.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The instrument being edited, as its JSON document: the editor changes only the fields it shows (name, scale,
 * top box, level labels, items), and everything else the file holds (description, segment mapping, rule options,
 * fields of a newer format) is kept as it was. The instrument reader validates the result, as it validates a
 * file.
 */
final class InstrumentDocument {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root;

    private InstrumentDocument(ObjectNode root) {
        this.root = root;
    }

    /** @throws IllegalArgumentException if the text is not a JSON object */
    static InstrumentDocument parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("an instrument is a JSON object");
            }
            return new InstrumentDocument(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    String json() {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    InstrumentDocument copy() {
        return new InstrumentDocument(root.deepCopy());
    }

    String name() {
        return root.path("name").asText("");
    }

    void name(String name) {
        root.put("name", name);
    }

    int scaleMin() {
        return root.path("scale").path("min").asInt(1);
    }

    int scaleMax() {
        return root.path("scale").path("max").asInt(5);
    }

    void scale(int min, int max) {
        ObjectNode scale = root.withObjectProperty("scale");
        scale.put("min", min);
        scale.put("max", max);
    }

    int topBox() {
        return root.path("top_box").asInt(scaleMax());
    }

    void topBox(int value) {
        root.put("top_box", value);
    }

    /** The levels, base first, as editable objects of the document. */
    List<ObjectNode> levels() {
        return objects("levels");
    }

    List<String> levelIds() {
        return levels().stream().map(l -> l.path("id").asText()).toList();
    }

    /** The items as editable objects of the document. */
    List<ObjectNode> items() {
        return objects("items");
    }

    /** Adds an item on {@code level} with a fresh id; returns it. */
    ObjectNode addItem(String level) {
        ArrayNode items = root.withArrayProperty("items");
        List<String> ids = items().stream().map(i -> i.path("id").asText()).toList();
        int n = items.size() + 1;
        while (ids.contains("item" + n)) {
            n++;
        }
        ObjectNode item = items.addObject();
        item.put("id", "item" + n);
        item.put("level", level);
        item.put("text", "");
        return item;
    }

    void removeItem(ObjectNode item) {
        ArrayNode items = root.withArrayProperty("items");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                items.remove(i);
                return;
            }
        }
    }

    private List<ObjectNode> objects(String field) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode array = root.path(field);
        array.forEach(n -> {
            if (n instanceof ObjectNode o) {
                out.add(o);
            }
        });
        return out;
    }
}
