package io.rapport.importer.mastodon.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the HTML of a Mastodon status ({@code content}) into the readable text that analyses and sentiment
 * scoring see. Mastodon emits a small, well-formed subset ({@code p}, {@code br}, {@code a}, {@code span},
 * lists, quotes, code): paragraphs become blank-line separated, {@code <br>} a line break, list items lines,
 * every other tag is dropped with its text kept; {@code <script>}/{@code <style>} lose their content; character
 * references are decoded. Whitespace inside a paragraph is collapsed the way a browser renders it. A link
 * Mastodon shortens with {@code <span class="invisible">} keeps its full text, as the reader copies it.
 */
final class HtmlText {
    /** The named references seen in status HTML; others are kept literally rather than guessed. */
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("hellip", "\u2026"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("copy", "\u00a9"),
            Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"), Map.entry("euro", "\u20ac"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("shy", "\u00ad"), Map.entry("zwj", "\u200d"));

    private HtmlText() {
    }

    static String toText(String html) {
        if (html == null) {
            return null;
        }
        String source = undoDoubleEscaping(html);
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        boolean pendingSpace = false;
        while (i < n) {
            char c = source.charAt(i);
            if (c == '<') {
                int close = source.indexOf('>', i + 1);
                if (close < 0 || !looksLikeTag(source, i + 1)) {
                    pendingSpace = appendText(out, "<", pendingSpace);
                    i++;
                    continue;
                }
                String tag = tagName(source, i + 1, close);
                boolean closing = source.charAt(i + 1) == '/';
                i = close + 1;
                if (!closing && (tag.equals("script") || tag.equals("style"))) {
                    int end = source.toLowerCase(Locale.ROOT).indexOf("</" + tag, i);
                    int endClose = end < 0 ? -1 : source.indexOf('>', end);
                    i = endClose < 0 ? n : endClose + 1;
                    continue;
                }
                switch (tag) {
                    case "br" -> {
                        trimTrailingSpaces(out);
                        out.append('\n');
                        pendingSpace = false;
                    }
                    case "p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> {
                        breakParagraph(out);
                        pendingSpace = false;
                    }
                    case "li" -> {
                        if (!closing) {
                            breakLine(out);
                        }
                        pendingSpace = false;
                    }
                    default -> { // inline tags (a, span, strong, em, code, ...) vanish; their text stays
                    }
                }
            } else if (c == '&') {
                int semi = source.indexOf(';', i + 1);
                String decoded = semi > 0 && semi - i <= 12 ? reference(source.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    pendingSpace = appendText(out, "&", pendingSpace);
                    i++;
                } else {
                    pendingSpace = appendText(out, decoded, pendingSpace);
                    i = semi + 1;
                }
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pendingSpace = true;
                i++;
            } else {
                int next = i + 1;
                while (next < n && "<& \n\t\r\f".indexOf(source.charAt(next)) < 0) {
                    next++;
                }
                pendingSpace = appendText(out, source.substring(i, next), pendingSpace);
                i = next;
            }
        }
        trimTrailingSpaces(out);
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * Some exports were JSON-encoded twice, so the HTML arrives as literal {@code \u003cp\u003e}. A real status
     * never contains the six characters {@code \u003c}, so seeing them means the escaping must be undone first.
     */
    private static String undoDoubleEscaping(String s) {
        if (!s.contains("\\u003c") && !s.contains("\\u003C")) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                try {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the backslash as text
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean looksLikeTag(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    private static String tagName(String s, int from, int to) {
        int i = s.charAt(from) == '/' ? from + 1 : from;
        int start = i;
        while (i < to && (Character.isLetterOrDigit(s.charAt(i)))) {
            i++;
        }
        return s.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static boolean appendText(StringBuilder out, String text, boolean pendingSpace) {
        if (pendingSpace && !out.isEmpty() && out.charAt(out.length() - 1) != '\n'
                && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        out.append(text);
        return false;
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void breakLine(StringBuilder out) {
        trimTrailingSpaces(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void breakParagraph(StringBuilder out) {
        trimTrailingSpaces(out);
        if (out.isEmpty()) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    /** The text of a character reference (without {@code &} and {@code ;}), or null if it is not one. */
    private static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\ufffd";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name);
    }
}
