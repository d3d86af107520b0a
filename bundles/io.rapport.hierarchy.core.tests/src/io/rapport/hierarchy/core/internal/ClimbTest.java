package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;

import org.junit.jupiter.api.Test;

/**
 * The meaning of one respondent's pattern on the three levels of {@link HandSurvey} (bit 1 = base, 2 = mid,
 * 4 = top): the climb, the partial-response policy, the segment mapping and the Guttman errors.
 */
class ClimbTest {
    private static final Instrument HAND = instrument();

    private static Instrument instrument() {
        try {
            return InstrumentReader.read(HandSurvey.INSTRUMENT, "hand").instrument();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Climb climb(int scored, int passed, boolean lowBase) {
        return new Climb(scored, passed, lowBase, 3);
    }

    @Test
    void theClimbStopsAtTheFirstLevelThatDoesNotPass() {
        assertEquals(3, climb(7, 7, false).reached());
        assertEquals(Segment.FULLY_ENGAGED, climb(7, 7, false).segment(HAND));
        Climb skipped = climb(7, 0b101, false);
        assertEquals(1, skipped.reached(), "the top passes, but the climb stopped at mid");
        assertEquals(Segment.NOT_ENGAGED, skipped.segment(HAND), "engaged starts at mid");
        assertEquals(Segment.ENGAGED, climb(7, 0b011, false).segment(HAND));
    }

    @Test
    void aBlankLevelMattersOnlyWhereTheClimbReachesIt() {
        Climb blankAboveAFailure = climb(0b011, 0b000, false);
        assertEquals(0, blankAboveAFailure.reached(), "fails the base: scored, whatever is blank above");
        assertEquals(0, blankAboveAFailure.blocked());
        assertFalse(blankAboveAFailure.complete());
        Climb blankReached = climb(0b101, 0b001, false);
        assertNull(blankReached.reached(), "passes the base, mid is blank: no level");
        assertNull(blankReached.segment(HAND));
        assertEquals(2, blankReached.blocked());
        Climb blankBase = climb(0b110, 0b110, true);
        assertNull(blankBase.reached());
        assertEquals(1, blankBase.blocked());
    }

    @Test
    void activelyDisengagedIsFailingTheBaseWithALowBaseMean() {
        assertEquals(Segment.ACTIVELY_DISENGAGED, climb(7, 0, true).segment(HAND));
        assertEquals(Segment.NOT_ENGAGED, climb(7, 0, false).segment(HAND));
        assertEquals(Segment.NOT_ENGAGED, climb(7, 0b001, true).segment(HAND), "passed the base");
    }

    @Test
    void guttmanErrorsCompareWithThePerfectPatternOfTheSameScore() {
        assertEquals(0, climb(7, 0b011, false).errors());
        assertEquals(2, climb(7, 0b101, false).errors(), "101 against 110");
        assertEquals(2, climb(7, 0b010, false).errors(), "010 against 100");
        assertEquals(2, climb(7, 0b110, false).errors(), "011 (base failed) against 110");
        assertTrue(climb(7, 0b110, false).passedAboveFailure(2));
        assertTrue(climb(7, 0b110, false).passedAboveFailure(3));
        assertFalse(climb(0b110, 0b110, false).passedAboveFailure(2), "an unscored base is no failure");
    }
}
