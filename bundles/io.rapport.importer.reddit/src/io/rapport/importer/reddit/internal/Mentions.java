package io.rapport.importer.reddit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The users a text mentions the Reddit way: {@code u/name} or {@code /u/name} (Reddit usernames: 3–20 letters,
 * digits, {@code _} or {@code -}). Not inside a word or a URL path, so {@code menu/items} is no mention.
 */
final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\w/])/?u/([A-Za-z0-9_-]{3,20})(?![\\w-])");

    private Mentions() {
    }

    /** In order of first appearance, each once; an empty list for no text. */
    static List<String> in(String text) {
        if (text == null || text.indexOf("u/") < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>(2);
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1);
            if (!found.contains(handle)) {
                found.add(handle);
            }
        }
        return found;
    }
}
