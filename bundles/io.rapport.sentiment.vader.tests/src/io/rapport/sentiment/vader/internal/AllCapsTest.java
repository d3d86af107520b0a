package io.rapport.sentiment.vader.internal;

import static io.rapport.sentiment.vader.internal.Scores.FOUR_DECIMALS;
import static io.rapport.sentiment.vader.internal.Scores.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ALL CAPS emphasises a sentiment word by 0.733, but only when some, not all, words are in caps. */
class AllCapsTest {

    @Test
    void aWordInCapsAmongOthersIsEmphasised() {
        assertEquals(Expected.compound(1.9 + 0.733), score("This is GOOD"), FOUR_DECIMALS);
        assertEquals(Expected.compound(-2.5 - 0.733), score("This is BAD"), FOUR_DECIMALS);
        assertEquals(0.9227, score("VADER is VERY SMART, handsome, and FUNNY."), FOUR_DECIMALS);
    }

    @Test
    void aTextAllInCapsIsNotEmphasised() {
        assertEquals(score("this is good"), score("THIS IS GOOD"));
        assertEquals(score("good"), score("GOOD"));
    }

    @Test
    void capsFollowPythonsIsUpper() {
        assertTrue(PythonText.isUpper("SUX"));
        assertTrue(PythonText.isUpper(":D"), "an emoticon with one capital is in caps, as in the reference");
        assertTrue(PythonText.isUpper("ÄRGER"));
        assertFalse(PythonText.isUpper(":)"));
        assertFalse(PythonText.isUpper("VADER's"));
        assertFalse(PythonText.isUpper("123"));
        assertEquals(-0.5461, score("Today SUX!"), FOUR_DECIMALS);
    }
}
