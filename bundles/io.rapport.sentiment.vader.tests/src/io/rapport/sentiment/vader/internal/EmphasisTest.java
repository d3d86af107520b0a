package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Punctuation: 0.292 per exclamation mark (up to four), 0.18 per question mark when two or three, 0.96 beyond. */
class EmphasisTest {

    @Test
    void exclamationMarksAmplifyUpToFour() {
        assertEquals(Expected.compound(1.9 + 0.292), score("good!"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 3 * 0.292), score("good!!!"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 4 * 0.292), score("good!!!!!!!"), FOUR_DECIMALS);
        assertEquals(Expected.compound(-2.5 - 2 * 0.292), score("bad!!"), FOUR_DECIMALS);
    }

    @Test
    void repeatedQuestionMarksAmplify() {
        assertEquals(Expected.compound(1.9), score("good?"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 2 * 0.18), score("good??"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 3 * 0.18), score("good???"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 0.96), score("good?????"), FOUR_DECIMALS);
        assertEquals(Expected.compound(1.9 + 0.292 + 2 * 0.18), score("good?!?"), FOUR_DECIMALS);
    }

    @Test
    void punctuationAloneCarriesNoSentiment() {
        assertEquals(0.0, score("The package arrived!!!"));
    }

    @Test
    void theSumIsNormalisedWithAlpha15() {
        assertEquals(1.9 / Math.sqrt(1.9 * 1.9 + 15), VaderAnalyzer.normalize(1.9), 1e-12);
        assertEquals(0.4404, VaderAnalyzer.roundLikePython(VaderAnalyzer.normalize(1.9)));
        assertEquals(-1.0, VaderAnalyzer.normalize(-1e10), 1e-12);
    }
}
