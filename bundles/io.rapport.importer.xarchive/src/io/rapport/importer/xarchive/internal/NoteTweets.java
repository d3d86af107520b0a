package io.rapport.importer.xarchive.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long posts of {@code note-tweet.js}, to complete the tweets whose {@code full_text} X cut off. A note
 * has its own id, unrelated to the tweet's, so it is matched the way the archive allows:
 * <ol>
 * <li>its {@code createdAt} is within {@value #TOLERANCE_SECONDS} s of the tweet's {@code created_at} (both are
 * written when the post is sent; seen equal to the second, allowed a little skew), and</li>
 * <li>its text, whitespace collapsed, starts with the tweet's visible text, whitespace collapsed, after the
 * trailing ellipsis and t.co link X appends to a cut-off tweet are removed (compared on at most
 * {@value #PREFIX_CHARS} characters: the visible text may end inside a link X shortened).</li>
 * </ol>
 * The closest in time wins when several match; a tweet with no matching note keeps its own text.
 */
final class NoteTweets {
    static final int TOLERANCE_SECONDS = 2;
    static final int PREFIX_CHARS = 60;

    /** A long post. */
    record Note(String id, Instant createdAt, String text, List<String> mentions) {
    }

    private final Map<Long, List<Note>> bySecond = new HashMap<>();

    void add(Note note) {
        bySecond.computeIfAbsent(note.createdAt().getEpochSecond(), k -> new ArrayList<>(1)).add(note);
    }

    boolean isEmpty() {
        return bySecond.isEmpty();
    }

    /** @return the note whose text completes the tweet's, or {@code null} */
    Note find(Instant createdAt, String visibleText) {
        if (bySecond.isEmpty() || visibleText == null) {
            return null;
        }
        String prefix = prefix(visibleText);
        long second = createdAt.getEpochSecond();
        for (int d = 0; d <= TOLERANCE_SECONDS; d++) {
            for (long s : d == 0 ? new long[] { second } : new long[] { second - d, second + d }) {
                List<Note> notes = bySecond.get(s);
                if (notes == null) {
                    continue;
                }
                for (Note n : notes) {
                    if (collapse(n.text(), Integer.MAX_VALUE).startsWith(prefix)) {
                        return n;
                    }
                }
            }
        }
        return null;
    }

    /** The visible text without what X appends when it cuts a post off, collapsed, at most PREFIX_CHARS. */
    static String prefix(String visible) {
        String t = visible.strip();
        t = t.replaceFirst("\\s*https://t\\.co/\\w+$", "");
        t = t.replaceFirst("\\s*(\u2026|\\.\\.\\.)$", "");
        return collapse(t, PREFIX_CHARS);
    }

    private static String collapse(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.length() > max ? b.substring(0, max) : b.toString();
    }
}
