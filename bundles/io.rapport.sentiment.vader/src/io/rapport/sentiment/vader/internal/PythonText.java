package io.rapport.sentiment.vader.internal;

/**
 * The few string predicates of Python that the reference implementation's rules are written with, so that a
 * token counts as upper case, whitespace or punctuation exactly when it does there.
 */
final class PythonText {
    /** Python's {@code string.punctuation}: the ASCII punctuation characters. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private PythonText() {
    }

    /**
     * {@code str.isupper()}: at least one cased character and no lower- or title-case one. {@code "SUX"} and
     * {@code ":D"} are upper case; {@code "VADER's"} and {@code ":)"} are not.
     */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code str.isspace()} for one character: Java's whitespace plus the no-break spaces and NEL. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    static boolean isPunctuation(int cp) {
        return cp < 0x80 && PUNCTUATION.indexOf(cp) >= 0;
    }
}
