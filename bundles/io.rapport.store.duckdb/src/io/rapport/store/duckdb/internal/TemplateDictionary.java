package io.rapport.store.duckdb.internal;

import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.model.Interaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates of one dataset's original records (see {@link OriginalRecord}), numbered in the order first seen.
 * An export's records share a handful of templates; a file whose records do not (every one with a field no slot
 * covers) fills the dictionary up to {@link #MAX} and its further records are kept as their bytes.
 */
final class TemplateDictionary {
    static final int MAX = 4096;

    private final Map<Key, Integer> numbers = new HashMap<>();
    private final List<String> templates = new ArrayList<>();
    private final Key probe = new Key(null, 0, 0);

    /** The number of {@code original}'s template over {@code interaction}, or -1 when it is to be kept as its bytes. */
    int numberOf(OriginalRecord original, Interaction interaction) {
        if (original.makeTemplate(interaction) == 0) {
            return -1;
        }
        probe.bytes = original.template();
        probe.length = original.templateLength();
        probe.hash = original.templateHash();
        Integer known = numbers.get(probe);
        if (known != null) {
            return known;
        }
        if (templates.size() >= MAX) {
            return -1;
        }
        byte[] copy = Arrays.copyOf(original.template(), original.templateLength());
        String text = new String(copy, StandardCharsets.UTF_8);
        if (!Arrays.equals(copy, text.getBytes(StandardCharsets.UTF_8))) {
            return -1; // not valid UTF-8: kept as bytes, which the store decodes as it always has
        }
        int no = templates.size();
        templates.add(text);
        numbers.put(new Key(copy, copy.length, probe.hash), no);
        return no;
    }

    /** The templates by number. */
    List<String> templates() {
        return templates;
    }

    /** A template's bytes {@code [0, length)}; the probe's array is the record's reused buffer. */
    private static final class Key {
        byte[] bytes;
        int length;
        int hash;

        Key(byte[] bytes, int length, int hash) {
            this.bytes = bytes;
            this.length = length;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.length == length && Arrays.equals(k.bytes, 0, length, bytes, 0, length);
        }
    }
}
