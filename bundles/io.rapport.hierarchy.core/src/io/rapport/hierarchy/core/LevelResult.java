package io.rapport.hierarchy.core;

import io.rapport.core.survey.Level;

/**
 * One level of the hierarchy in a report.
 *
 * @param position           1 = the base
 * @param scored             respondents who answered every item of the level
 * @param passed             of those, how many pass the level on its own (under the rule)
 * @param passRate           passed / scored ({@code null} if nobody was scored on it)
 * @param reachedAtLeast     scored respondents whose level reached is this one or higher (the cumulative climb)
 * @param reachedShare       reachedAtLeast / scored respondents
 * @param reachedExactly     scored respondents for whom this is the highest level reached
 * @param passedAboveFailure respondents who pass this level although they fail a level below it
 * @param outOfOrder         more respondents pass this level on its own than a level below it (among those
 *                           scored on every level): the data do not order the levels as the hierarchy does
 */
public record LevelResult(Level level, int position, long scored, long passed, Double passRate, long reachedAtLeast,
        Double reachedShare, long reachedExactly, long passedAboveFailure, boolean outOfOrder) {
}
