package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.assertNegative;
import static io.rapport.sentiment.vader.internal.Scores.assertPositive;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Idioms and special cases replace the valence of the sentiment word they contain. */
class IdiomsTest {

    @Test
    void theShitIsGoodButShitIsNot() {
        assertPositive("With VADER, sentiment analysis is the shit!");
        assertNegative("Most automated sentiment analysis tools are shit.");
        assertEquals(Expected.compound(3.0 + 0.292), score("With VADER, sentiment analysis is the shit!"), FOUR_DECIMALS);
    }

    @Test
    void theBombAndBadAssArePraise() {
        assertEquals(Expected.compound(3.0), score("that concert was really the bomb"), FOUR_DECIMALS);
        assertPositive("On the other hand, VADER is quite bad ass");
        assertNegative("the bomb went off");
    }

    @Test
    void aBrokenHeartIsSadAndABeatingHeartIsNot() {
        assertNegative("\uD83D\uDC94 \uD83D\uDE2C \uD83D\uDE41"); // 💔 😬 🙁
        assertPositive("you can still feel director Denis Villeneuve's beating heart");
    }

    @Test
    void idiomsAreOnlyCheckedFromTheFourthWordOnAsInTheReference() {
        // the reference looks for idioms only with three words before the sentiment word
        assertEquals(Expected.compound(-2.2), score("the bomb"), FOUR_DECIMALS);
    }
}
