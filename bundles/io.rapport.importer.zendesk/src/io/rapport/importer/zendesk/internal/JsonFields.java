package io.rapport.importer.zendesk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads the scalar values of a record as it streams past. A value of the wrong JSON type is noted (the record is
 * then rejected naming the field) and skipped, so that the parser stays in step with the file and the next
 * record is read normally.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** The first thing wrong with a record: one reason is enough for the import log. */
    static final class Problems {
        private String first;

        void note(String problem) {
            if (first == null) {
                first = problem;
            }
        }

        String first() {
            return first;
        }
    }

    /**
     * An id: Zendesk ids are JSON numbers larger than 2^31 (kept as their digits, never as a double), sometimes
     * strings; null for JSON null.
     */
    static String id(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || (t == JsonToken.VALUE_STRING && !p.getText().isBlank())) {
            return p.getText().strip();
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.note("'" + field + "' must be an integer or a string, not " + describe(t));
            p.skipChildren();
        }
        return null;
    }

    /** A string; null for JSON null. */
    static String text(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.note("'" + field + "' must be a string, not " + describe(t));
            p.skipChildren();
        }
        return null;
    }

    /** A boolean; null for JSON null. */
    static Boolean bool(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.note("'" + field + "' must be true or false, not " + describe(t));
            p.skipChildren();
        }
        return null;
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "missing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
