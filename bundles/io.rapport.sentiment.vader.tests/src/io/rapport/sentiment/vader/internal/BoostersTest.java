package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Boosters and dampeners ("degree adverbs"): ±0.293 towards or away from the word's polarity. */
class BoostersTest {

    @Test
    void aBoosterIntensifiesAndADampenerWeakens() {
        assertEquals(Expected.compound(1.9), score("good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 0.293), score("very good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 - 0.293), score("kinda good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 - 0.293), score("barely good"), FOUR_DECIMALS);
    }

    @Test
    void onNegativeWordsABoosterMakesThemMoreNegative() {
        assertEquals(Expected.compound(-2.5 - 0.293), score("extremely bad"), FOUR_DECIMALS);
        assertEquals(Expected.compound(-2.5 + 0.293), score("slightly bad"), FOUR_DECIMALS);
    }

    @Test
    void aBoosterFurtherAwayCountsLess() {
        // "big" is not in the lexicon: "very" two words back counts × 0.95, three back × 0.9
        assertEquals(Expected.compound(1.9 + 0.293 * 0.95), score("very big good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 0.293 * 0.9), score("very big fat good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9), score("very big fat old good"), FOUR_DECIMALS);
    }

    @Test
    void multiWordDampenersAreRecognised() {
        assertEquals(Expected.compound(1.9 - 0.293), score("it is kind of good"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 - 0.293), score("it is sort of good"), FOUR_DECIMALS);
        assertEquals(0.3832, score("The book was only kind of good."), FOUR_DECIMALS);
    }

    @Test
    void aBoosterHasNoSentimentOfItsOwn() {
        assertEquals(0.0, score("very"));
        assertEquals(0.0, score("kind of"));
        assertTrue(Boosters.isBooster("friggin"));
        assertTrue(Boosters.isBooster("uber"));
    }

    @Test
    void aBoosterInCapsAmongOtherWordsAddsTheCapsEmphasis() {
        assertEquals(Expected.compound(1.9 + 0.293 + 0.733), score("VERY good stuff"), FOUR_DECIMALS);
        assertEquals(0.9469, score("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!"), FOUR_DECIMALS);
    }
}
