package io.rapport.sentiment.vader.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text as the rules see it: its words and emoticons in order (split at whitespace, leading and trailing
 * punctuation removed unless that leaves two characters or fewer, so {@code ":)"}, {@code "by,"} and
 * {@code "I'll"} stay as written), the same in lower case, and whether some but not all of them are in
 * ALL CAPS (only then does capitalisation emphasise).
 */
final class SentiText {
    private final String[] tokens;
    private final String[] lowerCase;
    private final boolean capsDifferential;

    private SentiText(String[] tokens) {
        this.tokens = tokens;
        this.lowerCase = new String[tokens.length];
        int caps = 0;
        for (int i = 0; i < tokens.length; i++) {
            lowerCase[i] = tokens[i].toLowerCase(Locale.ROOT);
            if (PythonText.isUpper(tokens[i])) {
                caps++;
            }
        }
        int notCaps = tokens.length - caps;
        this.capsDifferential = notCaps > 0 && notCaps < tokens.length;
    }

    static SentiText of(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && PythonText.isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < n && !PythonText.isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                tokens.add(stripPunctuationIfWord(text.substring(start, i)));
            }
        }
        return new SentiText(tokens.toArray(String[]::new));
    }

    /** The reference's {@code _strip_punc_if_word}: "funny." → "funny", but ":)" and "by," stay. */
    static String stripPunctuationIfWord(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PythonText.isPunctuation(token.charAt(start))) {
            start++;
        }
        while (end > start && PythonText.isPunctuation(token.charAt(end - 1))) {
            end--;
        }
        return token.codePointCount(start, end) <= 2 ? token : token.substring(start, end);
    }

    int size() {
        return tokens.length;
    }

    /** The token as written. */
    String token(int i) {
        return tokens[i];
    }

    String lower(int i) {
        return lowerCase[i];
    }

    boolean isCapsDifferential() {
        return capsDifferential;
    }
}
