package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.assertNegative;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "but": what comes before counts half, what comes after one and a half. */
class ContrastiveConjunctionTest {

    @Test
    void butShiftsTheWeightToWhatFollows() {
        assertEquals(Expected.compound(0.5 * 1.9 + 1.5 * -2.5), score("good but bad"), FOUR_DECIMALS);
        assertEquals(Expected.compound(0.5 * -2.5 + 1.5 * 1.9), score("bad but good"), FOUR_DECIMALS);
        assertNegative("The food was good, but the service was terrible");
        assertEquals(-0.7042, score("The plot was good, but the characters are uncompelling and the dialog is not great."),
                FOUR_DECIMALS);
    }

    @Test
    void onlyTheFirstButCountsAndCaseDoesNotMatter() {
        double[] sentiments = { 1.0, 0.0, 2.0, 0.0, 4.0 };
        ContrastiveConjunction.weigh(SentiText.of("good BUT nice but great"), sentiments);
        assertArrayEquals(new double[] { 0.5, 0.0, 3.0, 0.0, 6.0 }, sentiments);
    }

    @Test
    void withoutButNothingChanges() {
        double[] sentiments = { 1.0, 2.0 };
        ContrastiveConjunction.weigh(SentiText.of("good nice"), sentiments);
        assertArrayEquals(new double[] { 1.0, 2.0 }, sentiments);
    }

    @Test
    void aValueIsWeighedWhereItFirstOccursAsInTheReference() {
        // the reference looks a sentiment's position up by value: after "good" (1.0) is halved to 0.5, the 0.5 after
        // "but" is found at position 0 and halves it again, and itself is never multiplied by 1.5
        double[] sentiments = { 1.0, 0.0, 0.5 };
        ContrastiveConjunction.weigh(SentiText.of("good but meh"), sentiments);
        assertArrayEquals(new double[] { 0.25, 0.0, 0.5 }, sentiments);
    }
}
