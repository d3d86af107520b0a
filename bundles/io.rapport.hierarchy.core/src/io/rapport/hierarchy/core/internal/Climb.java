package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;
import io.rapport.core.survey.SegmentMapping;

/**
 * What one respondent's pattern means, the single place where the hierarchy's logic lives: the climb from the
 * base while levels pass (the level reached is the highest such that it and every level below it pass), the
 * partial-response policy (a climb that reaches a level the respondent did not answer completely has no result),
 * the segment mapping, and the Goodenough–Edwards errors of a complete pattern.
 *
 * @param scoredMask bit k−1: every item of level k answered
 * @param passedMask bit k−1: level k passes under the rule (implies scored)
 * @param lowBase    the base level's mean is below the mapping's actively-disengaged threshold
 */
record Climb(int scoredMask, int passedMask, boolean lowBase, int levels) {

    boolean scored(int level) {
        return (scoredMask & bit(level)) != 0;
    }

    boolean passed(int level) {
        return (passedMask & bit(level)) != 0;
    }

    private static int bit(int level) {
        return 1 << (level - 1);
    }

    /** The level reached (0 = not even the base), or {@code null} when the climb hit an unscored level. */
    Integer reached() {
        for (int k = 1; k <= levels; k++) {
            if (!passed(k)) {
                return scored(k) ? k - 1 : null;
            }
        }
        return levels;
    }

    /** The unscored level that stopped the climb, or 0 when the respondent has a result. */
    int blocked() {
        for (int k = 1; k <= levels; k++) {
            if (!passed(k)) {
                return scored(k) ? 0 : k;
            }
        }
        return 0;
    }

    /** The segment, or {@code null} without a result. */
    Segment segment(Instrument instrument) {
        Integer reached = reached();
        if (reached == null) {
            return null;
        }
        SegmentMapping m = instrument.segments();
        if (reached >= instrument.position(m.fullyEngagedFrom())) {
            return Segment.FULLY_ENGAGED;
        }
        if (reached >= instrument.position(m.engagedFrom())) {
            return Segment.ENGAGED;
        }
        return reached == 0 && lowBase ? Segment.ACTIVELY_DISENGAGED : Segment.NOT_ENGAGED;
    }

    /** Scored on every level: the pattern takes part in the Guttman analysis. */
    boolean complete() {
        return scoredMask == (1 << levels) - 1;
    }

    int passes() {
        return Integer.bitCount(passedMask);
    }

    /** Cells that differ from the perfect cumulative pattern with the same number of passes. */
    int errors() {
        int p = passes();
        int errors = 0;
        for (int k = 1; k <= levels; k++) {
            errors += passed(k) == (k <= p) ? 0 : 1;
        }
        return errors;
    }

    /** Passes {@code level} although it failed (was scored on and did not pass) a level below. */
    boolean passedAboveFailure(int level) {
        if (!passed(level)) {
            return false;
        }
        for (int j = 1; j < level; j++) {
            if (scored(j) && !passed(j)) {
                return true;
            }
        }
        return false;
    }
}
