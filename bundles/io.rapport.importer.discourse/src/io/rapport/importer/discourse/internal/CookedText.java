package io.rapport.importer.discourse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a post's {@code cooked} HTML (what Discourse renders from the author's Markdown) into the text analyses
 * and sentiment scoring read, and collects the {@code @mentions} in it.
 * <ul>
 * <li>Block elements ({@code p}, headings, lists, {@code pre}, {@code blockquote}, {@code div}) become lines
 * separated by a blank line; {@code br} a line break; each {@code li} a line.</li>
 * <li>{@code <aside>} blocks are dropped with their content: they are quotes of other posts
 * ({@code aside.quote}) and link previews ({@code aside.onebox}); keeping them would count another author's
 * words, or a web page's, as this post's.</li>
 * <li>An emoji image ({@code img.emoji}) becomes its {@code alt} text ({@code :smile:}); other images and
 * {@code script}/{@code style} vanish.</li>
 * <li>A mention link ({@code a.mention}, text {@code @name}) is kept as text and its name collected.</li>
 * <li>Character references are decoded; whitespace collapses as a browser renders it.</li>
 * </ul>
 * Malformed HTML never fails: a {@code <} that starts no tag is text.
 */
final class CookedText {
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos",
            "'", "nbsp", "\u00a0", "hellip", "\u2026", "mdash", "\u2014", "ndash", "\u2013", "rsquo", "\u2019");

    /** The text of a post and the users it mentions. */
    record Result(String text, List<String> mentions) {
    }

    private final StringBuilder out = new StringBuilder();
    private final List<String> mentions = new ArrayList<>();
    private boolean space;
    private int asideDepth;
    private int mentionStart = -1;

    private CookedText() {
    }

    static Result convert(String html) {
        if (html == null) {
            return new Result(null, List.of());
        }
        CookedText c = new CookedText();
        c.run(html);
        String text = c.out.toString().strip();
        return new Result(text.isEmpty() ? null : text, List.copyOf(c.mentions)); // an image-only post has no text
    }

    private void run(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            int close;
            if (ch == '<' && i + 1 < n && isTagStart(s.charAt(i + 1)) && (close = s.indexOf('>', i + 1)) > 0) {
                i = tag(s, i + 1, close);
            } else if (asideDepth > 0) {
                i++;
            } else if (ch == '&') {
                i = reference(s, i);
            } else if (Character.isWhitespace(ch)) {
                space = true;
                i++;
            } else {
                word(String.valueOf(ch));
                i++;
            }
        }
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!';
    }

    /** Handles the tag between {@code from} and {@code close}; returns where the text goes on. */
    private int tag(String s, int from, int close) {
        boolean closing = s.charAt(from) == '/';
        int start = closing ? from + 1 : from;
        int end = start;
        while (end < close && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        String name = s.substring(start, end).toLowerCase(Locale.ROOT);
        String attributes = s.substring(end, close);
        if (name.equals("aside")) {
            asideDepth = Math.max(0, asideDepth + (closing ? -1 : 1));
            return close + 1;
        }
        if (asideDepth > 0) {
            return close + 1;
        }
        if (!closing && (name.equals("script") || name.equals("style"))) {
            int stop = s.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
            int after = stop < 0 ? -1 : s.indexOf('>', stop);
            return after < 0 ? s.length() : after + 1;
        }
        switch (name) {
            case "br" -> lineBreak(false);
            case "p", "div", "pre", "blockquote", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6" ->
                lineBreak(true);
            case "li", "tr" -> {
                if (!closing) {
                    lineBreak(false);
                }
            }
            case "img" -> {
                if (attributes.contains("emoji")) {
                    String alt = attribute(attributes, "alt");
                    if (alt != null) {
                        word(alt);
                    }
                }
            }
            case "a" -> {
                if (!closing && attributes.contains("mention")) {
                    word("");
                    mentionStart = out.length();
                } else if (closing && mentionStart >= 0) {
                    String m = out.substring(mentionStart).strip();
                    if (m.startsWith("@") && m.length() > 1 && !mentions.contains(m.substring(1))) {
                        mentions.add(m.substring(1));
                    }
                    mentionStart = -1;
                }
            }
            default -> { // inline tags vanish, their text stays
            }
        }
        return close + 1;
    }

    private static String attribute(String attributes, String name) {
        int at = attributes.indexOf(name + "=\"");
        if (at < 0) {
            return null;
        }
        int from = at + name.length() + 2;
        int to = attributes.indexOf('"', from);
        return to < 0 ? null : attributes.substring(from, to);
    }

    private int reference(String s, int amp) {
        int semi = s.indexOf(';', amp + 1);
        String decoded = null;
        if (semi > amp + 1 && semi - amp <= 10) {
            String ref = s.substring(amp + 1, semi);
            if (ref.startsWith("#")) {
                try {
                    int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                            ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                    decoded = Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\ufffd";
                } catch (NumberFormatException e) {
                    decoded = null; // not a reference: the '&' is text
                }
            } else {
                decoded = NAMED.get(ref);
            }
        }
        if (decoded == null) {
            word("&");
            return amp + 1;
        }
        word(decoded);
        return semi + 1;
    }

    private void word(String text) {
        if (space && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
        space = false;
        out.append(text);
    }

    private void lineBreak(boolean paragraph) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        space = false;
        if (out.isEmpty()) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (paragraph && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
            out.append('\n');
        }
    }
}
