package io.rapport.importer.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one record's bytes (already cut out of the file, so bounded by the record limit) into objects, lists
 * and scalars, for formats whose records are clearer to map from a small tree than from tokens: records that
 * nest their content differently per file (Meta exports), or responses whose tweets need users that come after
 * them (X API). Numbers are kept as {@code Long} or {@code BigDecimal}; a key given twice keeps its last value,
 * as most JSON readers do.
 */
public final class JsonTree {
    private final JsonParser parser;

    private JsonTree(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * @param what what the bytes are, for the messages ("record", "response")
     * @throws IOException when the bytes are not one JSON object (invalid UTF-8, syntax, a limit)
     */
    public static JsonObject parse(JsonFactory factory, byte[] bytes, int from, int length, String what)
            throws IOException {
        try (JsonParser p = factory.createParser(bytes, from, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the " + what + " is not a JSON object");
            }
            JsonObject o = new JsonTree(p).object();
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the " + what + "'s JSON object");
            }
            return o;
        }
    }

    private JsonObject object() throws IOException {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            fields.put(name, value());
        }
        return new JsonObject(fields, start, (int) parser.currentLocation().getByteOffset());
    }

    private Object value() throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getDecimalValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private List<Object> array() throws IOException {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return items;
    }
}
