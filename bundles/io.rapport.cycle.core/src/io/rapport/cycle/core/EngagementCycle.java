package io.rapport.cycle.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.util.List;
import java.util.Set;

/**
 * The engagement-cycle analyses of a project, computed in the store (SQL over the canonical tables) with the
 * metric definitions of DESIGN.md §3. Each call first makes sure the sentiment scores are current (see
 * {@link SentimentScoring}), so the first call on a freshly imported project can take longer. Every method
 * can be cancelled through its monitor ({@link org.eclipse.core.runtime.OperationCanceledException}).
 * A DS service.
 */
public interface EngagementCycle {

    /** Default core teams of {@link #responders}: the departments whose job answering customers is. */
    Set<String> DEFAULT_CORE_TEAMS = Set.of("marketing", "support");

    MetricsReport metrics(ProjectStore store, Grouping by, AnalysisFilter filter, IProgressMonitor monitor)
            throws ProjectException;

    FunnelReport funnel(ProjectStore store, AnalysisFilter filter, IProgressMonitor monitor) throws ProjectException;

    RespondersReport responders(ProjectStore store, AnalysisFilter filter, Set<String> coreTeams,
            IProgressMonitor monitor) throws ProjectException;

    /** Negative addressed interactions without a response, oldest first, at most {@code limit}. */
    List<WorklistItem> worklist(ProjectStore store, AnalysisFilter filter, int limit, IProgressMonitor monitor)
            throws ProjectException;

    /** The per-interaction facts behind every metric (after making sure sentiment is scored). */
    CycleFacts facts(ProjectStore store, IProgressMonitor monitor) throws ProjectException;
}
