package io.rapport.hierarchy.core;

import java.util.List;

/**
 * Where the project's survey respondents stand on the engagement hierarchy under one scoring rule.
 *
 * @param rule            the rule used
 * @param ruleDescription how a level passes under it, with the instrument's values
 * @param respondents     respondents in the survey
 * @param scored          respondents with a level and a segment
 * @param notScored       respondents without (see {@code unscored}, the first {@value EngagementHierarchy#UNSCORED_LISTED})
 * @param segments        the four segments, most engaged first; shares of the scored respondents
 * @param engagementRatio fully engaged / actively disengaged, {@code null} without actively disengaged
 * @param reachedNone     scored respondents who pass no level (not even the base)
 * @param breakdown       {@code null} unless asked for
 * @param advocacy        {@code null} unless asked for and at least one respondent gave a handle
 */
public record HierarchyReport(String instrument, ScoringRuleDescriptor rule, String ruleDescription,
        long respondents, long scored, long notScored, List<SegmentCount> segments, Double engagementRatio,
        List<LevelResult> levels, long reachedNone, Reproducibility reproducibility, List<UnscoredRespondent> unscored,
        Breakdown breakdown, Advocacy advocacy, List<BenchmarkDistribution> benchmarks) {
    public HierarchyReport {
        segments = List.copyOf(segments);
        levels = List.copyOf(levels);
        unscored = List.copyOf(unscored);
        benchmarks = List.copyOf(benchmarks);
    }
}
