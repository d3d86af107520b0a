package io.rapport.importer.reviews.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.rapport.importer.core.BadRecordException;

/** Typed access to a record's fields, with reasons that name the field by its path. */
final class JsonFields {
    private JsonFields() {
    }

    /** A string (numbers are taken as written: ids are sometimes numeric); null when absent, null or empty. */
    static String string(JsonNode parent, String name, String path) throws BadRecordException {
        JsonNode v = parent == null ? null : parent.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText();
            return s.isEmpty() ? null : s;
        }
        throw new BadRecordException("'" + path + "' must be a string, not " + describe(v));
    }

    static String required(JsonNode parent, String name, String path) throws BadRecordException {
        String s = string(parent, name, path);
        if (s == null || s.isBlank()) {
            throw new BadRecordException("missing required field '" + path + "'");
        }
        return s;
    }

    /** An object, or null when absent or null. */
    static JsonNode object(JsonNode parent, String name, String path) throws BadRecordException {
        JsonNode v = parent == null ? null : parent.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new BadRecordException("'" + path + "' must be an object, not " + describe(v));
        }
        return v;
    }

    /** A star rating 1 to 5 (an integer, or a string holding one). */
    static int stars(JsonNode parent, String name, String path) throws BadRecordException {
        JsonNode v = parent == null ? null : parent.get(name);
        if (v == null || v.isNull()) {
            throw new BadRecordException("missing required field '" + path + "'");
        }
        int stars = v.canConvertToInt() && v.isIntegralNumber() ? v.intValue()
                : v.isTextual() && v.asText().strip().matches("[1-5]") ? Integer.parseInt(v.asText().strip()) : -1;
        if (stars < 1 || stars > 5) {
            throw new BadRecordException("'" + path + "' must be 1 to 5, not " + (v.isValueNode()
                    ? "'" + ReviewTimes.cut(v.asText()) + "'" : describe(v)));
        }
        return stars;
    }

    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> "null";
        };
    }
}
