package io.rapport.sentiment.vader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.sentiment.SentimentModel;

/** The model with the bundled lexicon, shared by the tests (it is immutable), and assertions on its scores. */
final class Scores {
    /** Scores are rounded to four decimals, as the reference rounds them. */
    static final double FOUR_DECIMALS = 0.00005;

    static final SentimentModel MODEL = new VaderSentimentModel();

    private Scores() {
    }

    static double score(String text) {
        return MODEL.score(text);
    }

    static void assertScore(double expected, String text) {
        assertEquals(expected, score(text), FOUR_DECIMALS, text);
    }

    static void assertPositive(String text) {
        double s = score(text);
        assertTrue(s >= SentimentModel.POSITIVE_THRESHOLD, () -> "positive: " + text + " scored " + s);
    }

    static void assertNegative(String text) {
        double s = score(text);
        assertTrue(s <= SentimentModel.NEGATIVE_THRESHOLD, () -> "negative: " + text + " scored " + s);
    }

    static void assertNeutral(String text) {
        double s = score(text);
        assertTrue(s > SentimentModel.NEGATIVE_THRESHOLD && s < SentimentModel.POSITIVE_THRESHOLD,
                () -> "neutral: " + text + " scored " + s);
    }
}
