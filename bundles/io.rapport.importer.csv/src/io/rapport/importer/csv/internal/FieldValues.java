package io.rapport.importer.csv.internal;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.csv.CsvMapping;

/**
 * The values a canonical field accepts, checked the same way for a constant or value map in a mapping file and
 * for a cell of a row, so a mapping is refused for the same reason a row would be.
 */
final class FieldValues {
    private FieldValues() {
    }

    /** Why the value cannot be the field's, or {@code null} when it can. */
    static String problem(String field, String value) {
        try {
            check(field, value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** @throws IllegalArgumentException saying what the field accepts */
    static void check(String field, String value) {
        switch (field) {
            case CsvMapping.CHANNEL -> channel(value);
            case CsvMapping.KIND -> kind(value);
            case CsvMapping.AUTHOR_ROLE -> role(value);
            case CsvMapping.RATING -> rating(value);
            case CsvMapping.LIKES, CsvMapping.SHARES, CsvMapping.REPLIES -> count(value);
            default -> {
                // text: anything goes
            }
        }
    }

    static String channel(String value) {
        String v = value.strip();
        if (!Channels.isKnown(v)) {
            throw new IllegalArgumentException("'" + value + "' is not a channel (one of " + String.join(", ",
                    Channels.KNOWN) + ")");
        }
        return v;
    }

    static InteractionKind kind(String value) {
        return InteractionKind.fromId(value.strip());
    }

    static ActorRole role(String value) {
        return ActorRole.fromId(value.strip());
    }

    static Integer rating(String value) {
        String v = value.strip();
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2); // spreadsheets write whole numbers as 4.0
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }

    static Long count(String value) {
        String v = value.strip();
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new IllegalArgumentException("'" + value + "' is negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }
}
