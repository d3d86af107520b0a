package io.rapport.importer.reddit.internal;

import java.time.Instant;

/**
 * A generated line of a Pushshift dump: a submission (title and self text) or a comment on it or on an earlier
 * comment, with {@code created_utc} in one of the notations dumps use.
 */
record DumpThing(String fullname, String author, Instant created, CreatedNotation notation, String title,
        String text, String parent) {

    /** How {@code created_utc} is written: as a number or a string, whole seconds or with milliseconds. */
    enum CreatedNotation {
        INTEGER, FLOAT, STRING, FLOAT_STRING;

        boolean whole() {
            return this == INTEGER || this == STRING;
        }
    }

    boolean submission() {
        return fullname.startsWith("t3_");
    }

    /** What a reader sees: the title, a blank line and the self text; a comment's body; placeholders are none. */
    String expectedText() {
        String visible = text.equals("[removed]") || text.equals("[deleted]") ? null : text;
        if (!submission()) {
            return visible;
        }
        return visible == null || visible.isEmpty() ? title : title + "\n\n" + visible;
    }
}
