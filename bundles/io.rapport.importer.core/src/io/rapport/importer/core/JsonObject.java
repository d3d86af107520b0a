package io.rapport.importer.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a record, with where it lies in the record's bytes, so that a nested object (a comment
 * inside a post, a tweet inside an API response) can be kept as its own original text.
 *
 * @param start offset of its '{' in the record's bytes
 * @param end   offset just after its '}'
 */
public record JsonObject(Map<String, Object> fields, int start, int end) {

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public Object get(String name) {
        return fields.get(name);
    }

    /** A string field, or null when absent or JSON null. */
    public String string(String name) throws TypeMismatch {
        Object v = fields.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new TypeMismatch(name, "a string", v);
    }

    /** An object field, or null when absent or JSON null. */
    public JsonObject object(String name) throws TypeMismatch {
        Object v = fields.get(name);
        if (v == null || v instanceof JsonObject) {
            return (JsonObject) v;
        }
        throw new TypeMismatch(name, "an object", v);
    }

    /** An array field, or an empty list when absent or JSON null. */
    public List<?> list(String name) throws TypeMismatch {
        Object v = fields.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new TypeMismatch(name, "an array", v);
    }

    /** A whole number field, or null when absent or JSON null. */
    public Long integer(String name) throws TypeMismatch {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                // falls through to the mismatch: a fraction or a number beyond 64 bits is not a count or time
            }
        }
        throw new TypeMismatch(name, "a whole number", v);
    }

    /** A field of the wrong JSON type; the message names the field and what it was. */
    public static final class TypeMismatch extends Exception {
        private static final long serialVersionUID = 1L;

        TypeMismatch(String name, String expected, Object actual) {
            super("'" + name + "' must be " + expected + ", not " + describe(actual), null, false, false);
        }
    }

    public static String describe(Object v) {
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "an array";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal) {
            return "a number";
        }
        return "null";
    }
}
