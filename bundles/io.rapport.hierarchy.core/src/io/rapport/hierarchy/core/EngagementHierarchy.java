package io.rapport.hierarchy.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.util.List;

/**
 * Scores the project's survey on the engagement hierarchy with an installed
 * {@link io.rapport.core.survey.ScoringRule}, as SQL over the store: the answers are aggregated once per
 * respondent and level into a derived table (rebuilt after an import or a change of instrument), which every
 * rule and report reads. A DS service; every method can be cancelled through its monitor.
 */
public interface EngagementHierarchy {

    /** The rule used when none is named: the literal reading of the hierarchy (every item top box). */
    String DEFAULT_RULE = "cumulative";

    /** Breakdown groups with fewer scored respondents than this are marked small. */
    int SMALL_GROUP = 30;

    /** How many unscored respondents a report lists by id. */
    int UNSCORED_LISTED = 20;

    /** The installed scoring rules, by id. */
    List<ScoringRuleDescriptor> rules();

    /** The published distributions to compare with: world-class, then average. */
    List<BenchmarkDistribution> benchmarks();

    /**
     * Scores the project's survey.
     *
     * @throws ProjectException if the project has no instrument, or the rule is not installed (both with a
     *                          message for the user and no cause), or the store fails
     */
    HierarchyReport score(ProjectStore store, ScoreRequest request, IProgressMonitor monitor) throws ProjectException;

    /**
     * One page of the project's respondents with the level and segment each reaches under a rule, their answers
     * and attributes: for a table that shows a million respondents a page at a time.
     *
     * @throws ProjectException as {@link #score}
     */
    RespondentPage respondents(ProjectStore store, RespondentQuery query, IProgressMonitor monitor)
            throws ProjectException;

    /** The attributes respondents have (the breakdowns one can ask for), in column order. */
    List<String> attributes(ProjectStore store) throws ProjectException;
}
