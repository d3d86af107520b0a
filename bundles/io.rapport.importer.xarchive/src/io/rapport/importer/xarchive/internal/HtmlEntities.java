package io.rapport.importer.xarchive.internal;

/**
 * Decodes the HTML entities X writes into {@code full_text} ({@code &amp;}, {@code &lt;}, {@code &gt;}, and
 * numeric references), once: {@code &amp;lt;} becomes the literal {@code &lt;} the author typed. Anything that
 * is not a known entity stays as written.
 */
final class HtmlEntities {
    private HtmlEntities() {
    }

    static String decode(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            if (semi > i && semi - i <= 10) {
                String name = s.substring(i + 1, semi);
                int cp = codePoint(name);
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int codePoint(String name) {
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            default:
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        try {
            boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean valid = cp > 0 && Character.isValidCodePoint(cp) && (cp > 0xFFFF || !Character.isSurrogate((char) cp));
            return valid ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
