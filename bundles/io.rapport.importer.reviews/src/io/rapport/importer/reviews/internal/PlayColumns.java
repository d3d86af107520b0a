package io.rapport.importer.reviews.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each Play Console column is in a file, found by header name (case and surrounding blanks ignored), so
 * that column order and extra columns do not matter.
 */
final class PlayColumns {
    static final String PACKAGE = "Package Name";
    static final String LANGUAGE = "Reviewer Language";
    static final String SUBMIT_TIME = "Review Submit Date and Time";
    static final String SUBMIT_MILLIS = "Review Submit Millis Since Epoch";
    static final String RATING = "Star Rating";
    static final String TITLE = "Review Title";
    static final String TEXT = "Review Text";
    static final String REPLY_TIME = "Developer Reply Date and Time";
    static final String REPLY_MILLIS = "Developer Reply Millis Since Epoch";
    static final String REPLY_TEXT = "Developer Reply Text";
    static final String LINK = "Review Link";

    /** Without these a file is not a Play review export. */
    private static final List<String> REQUIRED = List.of(PACKAGE, SUBMIT_MILLIS, RATING, TEXT);

    private final Map<String, Integer> index = new HashMap<>();
    private final int count;

    private PlayColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        count = header.size();
    }

    /** @return the columns, or null with {@code missing} naming the required columns the header lacks */
    static PlayColumns of(List<String> header, StringBuilder missing) {
        PlayColumns c = new PlayColumns(header);
        for (String name : REQUIRED) {
            if (!c.index.containsKey(key(name))) {
                missing.append(missing.isEmpty() ? "" : ", ").append('\'').append(name).append('\'');
            }
        }
        return missing.isEmpty() ? c : null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    int count() {
        return count;
    }

    /** The row's value of a column, stripped; null when the column is absent or the value empty. */
    String get(List<String> row, String column) {
        Integer i = index.get(key(column));
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** The value as written (review texts keep their own blanks and line breaks); null when empty. */
    String text(List<String> row, String column) {
        Integer i = index.get(key(column));
        if (i == null || i >= row.size() || row.get(i).isBlank()) {
            return null;
        }
        return row.get(i);
    }
}
