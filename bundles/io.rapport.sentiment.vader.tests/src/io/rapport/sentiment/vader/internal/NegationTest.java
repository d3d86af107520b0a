package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.assertNegative;
import static io.rapport.sentiment.vader.internal.Scores.assertPositive;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Negation: "good" is 1.9 in the lexicon; a negator flips and dampens it by −0.74. */
class NegationTest {
    private static final double NOT_GOOD = Expected.compound(1.9 * -0.74);

    @ParameterizedTest
    @ValueSource(strings = { "not", "isn't", "never", "won't", "cannot", "dont", "nothing", "seldom", "without", "uh-uh" })
    void aNegatorBeforeAWordFlipsAndDampensIt(String negator) {
        assertEquals(-0.3412, NOT_GOOD, FOUR_DECIMALS);
        assertEquals(NOT_GOOD, score(negator + " good"), FOUR_DECIMALS, negator);
    }

    @Test
    void anyContractionWithNtNegates() {
        assertTrue(Negation.isNegator("shouldn't"));
        assertTrue(Negation.isNegator("y'all'n't"));
        assertFalse(Negation.isNegator("villeneuve's"));
        assertEquals(NOT_GOOD, score("hadn't good"), FOUR_DECIMALS);
        assertNegative("I don't love it");
    }

    @Test
    void aNegatorNegatesUpToThreeWordsAhead() {
        assertEquals(NOT_GOOD, score("not a good"), FOUR_DECIMALS);
        // three back, with "very" (+0.293) right before: (1.9 + 0.293) × −0.74
        assertEquals(Expected.compound((1.9 + 0.293) * -0.74), score("not a very good"),
                FOUR_DECIMALS);
        assertNegative("not a very good");
        assertPositive("not at all a good");
    }

    @Test
    void neverSoOrThisIntensifiesInsteadOfNegating() {
        assertEquals(-0.3412, score("Sentiment analysis has never been good."), FOUR_DECIMALS);
        assertEquals(0.5672, score("Sentiment analysis has never been this good!"), FOUR_DECIMALS);
        // "so" is a booster too: (1.9 + 0.293) × 1.25
        assertEquals(Expected.compound((1.9 + 0.293) * 1.25), score("never so good"),
                FOUR_DECIMALS);
    }

    @Test
    void leastNegatesButAtLeastAndVeryLeastDoNot() {
        assertEquals(-0.1695, score("Roger Dodger is one of the least compelling variations on this theme."), FOUR_DECIMALS);
        assertEquals(0.2263, score("Roger Dodger is at least compelling as a variation on the theme."), FOUR_DECIMALS);
        assertPositive("at the very least compelling");
    }

    @Test
    void noBeforeALexiconWordNegatesItInsteadOfCountingAsNegative() {
        assertNegative("no");
        assertPositive("no problem");
        assertNegative("no good");
        assertNegative("no good or great");
    }
}
