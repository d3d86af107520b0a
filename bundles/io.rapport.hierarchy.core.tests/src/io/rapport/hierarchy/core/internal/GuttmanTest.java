package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.hierarchy.core.Reproducibility;

import org.junit.jupiter.api.Test;

/**
 * The coefficients of reproducibility and scalability from counted errors and marginals, on small matrices whose
 * Goodenough–Edwards errors are counted by hand (the SQL that counts them is checked in {@link ScoringRulesTest}).
 */
class GuttmanTest {
    private static final double EPS = 1e-9;

    @Test
    void aPerfectCumulativeScaleReproducesCompletely() {
        // patterns 000, 100, 110, 111, 111: no errors; pass rates 4/5, 3/5, 2/5
        Reproducibility r = SummaryQuery.reproducibility(5, 0, 0, new long[] {4, 3, 2});
        assertEquals(1.0, r.coefficient(), EPS);
        assertEquals((0.8 + 0.6 + 0.6) / 3, r.minimumMarginal(), EPS);
        assertEquals(1.0, r.scalability(), EPS);
        assertTrue(r.holds());
    }

    @Test
    void errorsAreCountedAgainstThePerfectPatternOfTheSameScore() {
        // 4 levels, 6 respondents: 1111 (0), 1110 (0), 1101 (score 3, perfect 1110: 2 errors),
        // 0100 (score 1, perfect 1000: 2), 1000 (0), 0000 (0): 4 errors in 24 cells
        // pass rates 4/6, 4/6, 2/6, 2/6 → MMR = (4/6) for every level
        Reproducibility r = SummaryQuery.reproducibility(6, 2, 4, new long[] {4, 4, 2, 2});
        assertEquals(1 - 4.0 / 24, r.coefficient(), EPS);
        assertEquals(4.0 / 6, r.minimumMarginal(), EPS);
        assertEquals((5.0 / 6 - 4.0 / 6) / (1 - 4.0 / 6), r.scalability(), EPS);
        assertEquals(0.5, r.scalability(), EPS);
        assertEquals(2, r.excluded());
        assertFalse(r.holds(), "0.83 < 0.90");
    }

    @Test
    void withoutCompletePatternsNothingIsClaimed() {
        Reproducibility r = SummaryQuery.reproducibility(0, 3, 0, new long[] {0, 0});
        assertNull(r.coefficient());
        assertNull(r.scalability());
        assertFalse(r.holds());
        Reproducibility everyonePasses = SummaryQuery.reproducibility(2, 0, 0, new long[] {2, 2});
        assertEquals(1.0, everyonePasses.coefficient(), EPS);
        assertNull(everyonePasses.scalability(), "MMR = 1: scalability undefined");
        assertFalse(everyonePasses.holds());
    }
}
