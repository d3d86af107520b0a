package io.rapport.hierarchy.core;

/**
 * What to score.
 *
 * @param rule      a scoring rule id, or {@code null} for {@link EngagementHierarchy#DEFAULT_RULE}
 * @param by        an attribute to break the segments down by (a column of the responses file such as
 *                  {@code region}), or {@code null}
 * @param advocacy  whether to compare the advocacy of linked respondents by segment (scores the sentiment of
 *                  the project's interactions first if needed; skipped when no respondent gave a handle)
 */
public record ScoreRequest(String rule, String by, boolean advocacy) {
    public static ScoreRequest defaults() {
        return new ScoreRequest(null, null, true);
    }
}
