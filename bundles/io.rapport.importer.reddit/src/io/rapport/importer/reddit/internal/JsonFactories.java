package io.rapport.importer.reddit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;

import io.rapport.importer.core.JsonReading;

/** The parser settings every Reddit file is read with: limits that keep hostile input from exhausting memory. */
final class JsonFactories {
    /** Far above any real comment (Reddit caps a body at 40,000 characters) yet bounded. */
    static final int MAX_STRING_CHARS = 8 << 20;
    /**
     * A thread page nests about five JSON levels per reply level; 500 allows 100 reply levels (Reddit shows
     * at most 10) while a nesting bomb is refused long before the stack runs out.
     */
    static final int MAX_NESTING = 500;
    /** Ids are strings and counts are small: no Reddit number comes near this. */
    private static final int MAX_NUMBER_CHARS = 100;

    private JsonFactories() {
    }

    /** A new factory per import: factories cache field names, which must not outlive one file's run. */
    static JsonFactory create() {
        return JsonReading.factory(MAX_NESTING, MAX_STRING_CHARS, MAX_NUMBER_CHARS)
                // a field twice: which value was meant cannot be known
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
