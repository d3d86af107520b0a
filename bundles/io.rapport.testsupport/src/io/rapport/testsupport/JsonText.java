package io.rapport.testsupport;

/** JSON string literals as the format writers of the round-trip properties write them. */
public final class JsonText {
    private JsonText() {
    }

    /** {@code s} as a JSON string literal: quotes, backslashes and control characters escaped, the rest as is. */
    public static String quote(String s) {
        return quote(s, false);
    }

    /**
     * @param escapeNonAscii whether every character outside ASCII is written as {@code \}{@code uXXXX} (surrogate
     *        pairs as two escapes), as some exporters (X, Meta, Python's json) do
     */
    public static String quote(String s, boolean escapeNonAscii) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (escapeNonAscii && c > 0x7e)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
