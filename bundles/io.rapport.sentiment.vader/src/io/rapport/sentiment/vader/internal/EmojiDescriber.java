package io.rapport.sentiment.vader.internal;

import java.util.Locale;

/**
 * Replaces each emoji by its description, so that the lexicon scores the words: 😀 → "grinning face", 😢 → "crying
 * face", 😂 → "face with tears of joy". The reference does the same from its own table of CLDR short names; this
 * uses the Unicode character names the JDK knows (mostly the same words, and new emoji come with each JDK).
 * Emoji that only modify another one (variation selectors, the zero-width joiner, skin tones, tags, the keycap)
 * are dropped rather than glued to the description, so "❤️" is "heavy black heart" and its "heart" scores.
 */
final class EmojiDescriber {

    /** {@code text} with every emoji described, trimmed as the reference trims it. */
    String describe(String text) {
        if (!mayContainEmoji(text)) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean afterSpace = true;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isModifier(cp)) {
                continue;
            }
            String name = isEmoji(cp) ? Character.getName(cp) : null;
            if (name != null) {
                if (!afterSpace) {
                    out.append(' ');
                }
                out.append(name.toLowerCase(Locale.ROOT));
                afterSpace = false;
            } else {
                out.appendCodePoint(cp);
                afterSpace = cp == ' ';
            }
        }
        return out.toString().strip();
    }

    /** ASCII and Latin-1 below © hold no emoji: most texts take this fast path. */
    private static boolean mayContainEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u00a9') {
                return true;
            }
        }
        return false;
    }

    /** Emoji proper; the digits, '#' and '*' (which can start a keycap sequence) stay text. */
    static boolean isEmoji(int cp) {
        return cp >= 0x80 && Character.isEmoji(cp);
    }

    /** Characters that only change the emoji before them, or join two: dropped. */
    static boolean isModifier(int cp) {
        return cp == 0x200D // zero-width joiner
                || cp >= 0xFE00 && cp <= 0xFE0F // variation selectors (text or emoji presentation)
                || cp == 0x20E3 // combining enclosing keycap
                || cp >= 0xE0020 && cp <= 0xE007F // tags of subdivision flags
                || Character.isEmojiModifier(cp); // skin tones
    }
}
