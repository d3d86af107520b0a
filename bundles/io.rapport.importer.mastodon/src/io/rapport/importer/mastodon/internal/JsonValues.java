package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads scalar values of a record while it streams past. A value of the wrong JSON type does not stop the
 * record from being read to its end: it is noted in the {@link Problems} (the record is then rejected naming
 * the field) and skipped, so the parser stays in step with the file.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The first thing wrong with a record, kept until the record has been read to its end. */
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

    /** A string (numbers are accepted as their text, since ids are sometimes numbers); null for JSON null. */
    static String string(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.note("'" + field + "' must be a string, not " + describe(t));
            p.skipChildren();
        }
        return null;
    }

    /** A string, or the {@code id} (or {@code href}) of an embedded object, as ActivityStreams allows both. */
    static String idOrString(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            String id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ((name.equals("id") || (name.equals("href") && id == null))) {
                    id = string(p, field + "." + name, problems);
                } else {
                    p.skipChildren();
                }
            }
            return id;
        }
        if (t == JsonToken.START_ARRAY) {
            String first = null;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String v = idOrString(p, field, problems);
                if (first == null) {
                    first = v;
                }
            }
            return first;
        }
        return string(p, field, problems);
    }

    /** A non-negative count, or null. */
    static Long count(JsonParser p, String field, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                && p.getLongValue() >= 0) {
            return p.getLongValue();
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.note("'" + field + "' must be a non-negative integer, not "
                    + (t.isNumeric() ? p.getText() : describe(t)));
            p.skipChildren();
        }
        return null;
    }

    /** The {@code totalItems} of an embedded collection ({@code replies}, {@code likes}, {@code shares}). */
    static Long totalItems(JsonParser p, String field, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren(); // a bare collection URI: no count in the file
            return null;
        }
        Long total = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("totalItems")) {
                total = count(p, field + ".totalItems", problems);
            } else {
                p.skipChildren();
            }
        }
        return total;
    }

    static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> String.valueOf(t);
        };
    }
}
