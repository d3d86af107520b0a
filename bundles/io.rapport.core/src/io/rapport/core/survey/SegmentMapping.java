package io.rapport.core.survey;

import java.util.List;
import java.util.Objects;

/**
 * How the level a respondent reached becomes a {@link Segment} (Rapport's open, configurable mapping):
 * <ul>
 * <li><b>fully engaged</b>: reached {@code fullyEngagedFrom} (default: the top level);</li>
 * <li><b>engaged</b>: reached {@code engagedFrom} (default: the second level, the first above rational loyalty)
 * but not {@code fullyEngagedFrom};</li>
 * <li><b>actively disengaged</b>: did not pass the base level, and the mean of the base level's answers (after
 * reverse coding) is below {@code activelyDisengagedBelow} (default: the scale's midpoint, 3 on 1–5): they
 * disagree on average that they are even satisfied, loyal or recommending;</li>
 * <li><b>not engaged</b>: everyone else who was scored.</li>
 * </ul>
 *
 * @param fullyEngagedFrom        a level id
 * @param engagedFrom             a level id below {@code fullyEngagedFrom}
 * @param activelyDisengagedBelow a value on the instrument's scale
 */
public record SegmentMapping(String fullyEngagedFrom, String engagedFrom, double activelyDisengagedBelow) {
    public SegmentMapping {
        Objects.requireNonNull(fullyEngagedFrom, "fullyEngagedFrom");
        Objects.requireNonNull(engagedFrom, "engagedFrom");
    }

    /** The documented defaults for these levels (at least two) and this scale. */
    public static SegmentMapping defaults(List<Level> levels, int scaleMin, int scaleMax) {
        if (levels.size() < 2) {
            throw new IllegalArgumentException("a hierarchy has at least two levels");
        }
        return new SegmentMapping(levels.get(levels.size() - 1).id(), levels.get(1).id(), (scaleMin + scaleMax) / 2.0);
    }
}
