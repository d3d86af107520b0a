package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.assertNegative;
import static io.rapport.sentiment.vader.internal.Scores.assertNeutral;
import static io.rapport.sentiment.vader.internal.Scores.assertPositive;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts whose polarity is beyond doubt, many of them what customers write to a support account. */
class PolarityTest {

    @ParameterizedTest
    @ValueSource(strings = { "Thanks, that fixed it!", "Your support team is amazing, thank you so much!",
            "Great service, quick and friendly.", "I love the new update, it works perfectly.", "The book was good.",
            "Best purchase I made this year :)" })
    void positive(String text) {
        assertPositive(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Still no signal after three days, this is useless",
            "This is the worst customer service I have ever had.", "My order arrived broken and nobody answers my emails.",
            "I am very disappointed and angry.", "Terrible app, it crashes all the time. Useless.",
            "Charged twice and still waiting for a refund. Awful :(" })
    void negative(String text) {
        assertNegative(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "The package arrived on Tuesday.", "What time does the store open?", "Order 12345 ships from Berlin." })
    void neutral(String text) {
        assertNeutral(text);
    }

    @Test
    void nullEmptyAndBlankTextsAreNeutral() {
        assertEquals(0.0, score(null));
        assertEquals(0.0, score(""));
        assertEquals(0.0, score(" \t\n\u00a0 "));
        assertEquals(0.0, score("!!! ???"));
    }

    @Test
    void scoresStayWithinMinusOneAndOne() {
        String praise = "GREAT ".repeat(200) + "!!!!";
        String abuse = "HORRIBLE ".repeat(200) + "!!!!";
        double high = score("ok " + praise);
        double low = score("ok " + abuse);
        assertEquals(1.0, high, 0.0001);
        assertEquals(-1.0, low, 0.0001);
    }
}
