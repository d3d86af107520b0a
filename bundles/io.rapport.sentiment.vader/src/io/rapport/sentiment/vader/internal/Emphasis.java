package io.rapport.sentiment.vader.internal;

/**
 * Emphasis by the shape of the text: a sentiment word in ALL CAPS among words that are not, exclamation marks
 * (up to four) and repeated question marks. The constants are the reference's empirically derived means.
 */
final class Emphasis {
    static final double ALL_CAPS = 0.733;
    static final double PER_EXCLAMATION_MARK = 0.292;
    static final int MAX_EXCLAMATION_MARKS = 4;
    static final double PER_QUESTION_MARK = 0.18;
    static final double MAX_QUESTION_MARKS = 0.96;

    private Emphasis() {
    }

    /** {@code valence} moved away from zero by the caps emphasis (a zero valence is moved down, as in the reference). */
    static double allCaps(double valence) {
        return valence > 0 ? valence + ALL_CAPS : valence - ALL_CAPS;
    }

    /** What the punctuation of the whole text adds to the intensity of its sum. */
    static double punctuation(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double amplifier = Math.min(exclamations, MAX_EXCLAMATION_MARKS) * PER_EXCLAMATION_MARK;
        if (questions > 1) {
            amplifier += questions <= 3 ? questions * PER_QUESTION_MARK : MAX_QUESTION_MARKS;
        }
        return amplifier;
    }
}
