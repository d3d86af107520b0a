package io.rapport.importer.core;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;

/**
 * JSON parsers for untrusted exports, and one-line reasons for what they refuse. Every importer sets its own
 * limits (how deep its records nest, how long a text can be), so that a nesting bomb or a gigantic field is
 * refused with a clear reason instead of exhausting the stack or the heap.
 */
public final class JsonReading {
    private JsonReading() {
    }

    /**
     * A factory builder with the given limits (Jackson's defaults for everything else); callers add the
     * features their format needs and build a new factory per import, since factories cache field names that
     * must not outlive one file's run.
     *
     * @param maxNumberChars digits a number may have: Jackson parses long numbers in quadratic time
     */
    public static JsonFactoryBuilder factory(int maxNesting, int maxStringChars, int maxNumberChars) {
        return new JsonFactoryBuilder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNesting)
                .maxStringLength(maxStringChars).maxNumberLength(maxNumberChars).build());
    }

    /** Where a parse failure happened; limit violations carry no location of their own. */
    public static JsonLocation location(JsonProcessingException e, JsonParser p) {
        return e.getLocation() != null ? e.getLocation() : p.currentLocation();
    }

    /**
     * Jackson's message for a parse failure cut to its first line, without the source excerpt and start marker
     * it appends: the import log shows the location separately, and source excerpts would copy personal data
     * into it.
     */
    public static String oneLine(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int marker = m.indexOf(" (start marker at");
        if (marker > 0) {
            m = m.substring(0, marker);
        }
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        return m;
    }

    /** {@link #oneLine} prefixed with what kind of failure it is: a safety limit, or invalid JSON. */
    public static String reason(JsonProcessingException e) {
        String prefix = e instanceof StreamConstraintsException ? "input exceeds a safety limit: " : "invalid JSON: ";
        return prefix + oneLine(e);
    }

    /**
     * Why reading a JSON document stopped, for the rejection that ends a file: truncation, a safety limit said
     * in the file's terms (nesting deeper than {@code maxNesting}; other limits in Jackson's words), invalid JSON,
     * or invalid encoding.
     *
     * @param where " at byte N", or "" when the position is unknown
     */
    public static String whyReadingStopped(IOException e, String where, int maxNesting) {
        return whyReadingStopped(e, where, maxNesting, null);
    }

    /** As {@link #whyReadingStopped(IOException, String, int)}, and a text longer than {@code maxTextChars}. */
    public static String whyReadingStopped(IOException e, String where, int maxNesting, int maxTextChars) {
        return whyReadingStopped(e, where, maxNesting, Integer.valueOf(maxTextChars));
    }

    private static String whyReadingStopped(IOException e, String where, int maxNesting, Integer maxTextChars) {
        if (e instanceof JsonEOFException) {
            return "the file ends" + where + " in the middle of the JSON (truncated?)";
        }
        if (e instanceof StreamConstraintsException c) {
            String m = c.getOriginalMessage();
            String limit;
            if (m != null && m.contains("nesting depth")) {
                limit = "nested deeper than " + maxNesting + " levels (a nesting-depth bomb?)";
            } else if (maxTextChars != null && m != null && m.contains("String value length")) {
                limit = "a text value longer than " + maxTextChars + " characters";
            } else {
                limit = oneLine(c);
            }
            return "exceeds a safety limit" + where + ": " + limit;
        }
        if (e instanceof JsonProcessingException j) {
            return "invalid JSON or encoding" + where + ": " + oneLine(j);
        }
        return "invalid encoding" + where + ": " + e.getMessage();
    }
}
