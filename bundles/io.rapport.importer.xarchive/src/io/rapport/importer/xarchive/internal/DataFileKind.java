package io.rapport.importer.xarchive.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive data files this importer reads, recognised by name as X names them: tweets in
 * {@code tweets.js} (older archives: {@code tweet.js}) and further parts {@code tweets-part1.js}, ...; long posts
 * in {@code note-tweet.js}; the owner in {@code account.js} and {@code manifest.js}.
 */
enum DataFileKind {
    TWEETS("(?:tweets?)(?:-part(\\d+))?\\.js"),
    NOTE_TWEETS("note-tweets?(?:-part(\\d+))?\\.js"),
    ACCOUNT("account\\.js"),
    MANIFEST("manifest\\.js");

    private final Pattern pattern;

    DataFileKind(String regex) {
        pattern = Pattern.compile(regex);
    }

    /** @return the kind of a file name (without folders), or {@code null} for any other file */
    static DataFileKind of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (DataFileKind k : values()) {
            if (k.pattern.matcher(n).matches()) {
                return k;
            }
        }
        return null;
    }

    /** Part number for ordering: 0 for {@code tweets.js}, N for {@code tweets-partN.js}. */
    static int partNumber(String fileName) {
        Matcher m = Pattern.compile(".*-part(\\d{1,6})\\.js").matcher(fileName.toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
