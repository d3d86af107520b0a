package io.rapport.importer.reddit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** The parser settings every Reddit file is read with: limits that keep hostile input from exhausting memory. */
final class JsonFactories {
    /** Far above any real comment (Reddit caps a body at 40,000 characters) yet bounded. */
    static final int MAX_STRING_CHARS = 8 << 20;
    /**
     * A thread page nests about five JSON levels per reply level; 500 allows 100 reply levels (Reddit shows
     * at most 10) while a nesting bomb is refused long before the stack runs out.
     */
    static final int MAX_NESTING = 500;

    private JsonFactories() {
    }

    /** A new factory per import: factories cache field names, which must not outlive one file's run. */
    static JsonFactory create() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_CHARS).maxNumberLength(100).build())
                // a field twice: which value was meant cannot be known
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Where a parse failure happened; limit violations carry no location of their own. */
    static JsonLocation location(JsonProcessingException e, JsonParser p) {
        return e.getLocation() != null ? e.getLocation() : p.currentLocation();
    }

    /** A one-line reason for a parse failure, without Jackson's source excerpt. */
    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        int marker = m.indexOf(" (start marker at");
        if (marker > 0) {
            m = m.substring(0, marker);
        }
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        String prefix = e instanceof StreamConstraintsException ? "input exceeds a safety limit: " : "invalid JSON: ";
        return prefix + m;
    }
}
