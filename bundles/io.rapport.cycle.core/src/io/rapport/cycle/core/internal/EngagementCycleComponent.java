package io.rapport.cycle.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.SentimentScoring;
import io.rapport.cycle.core.WorklistItem;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.List;
import java.util.Set;

/** Wires the queries to the sentiment scoring; each analysis is one small query class. */
@Component(service = EngagementCycle.class)
public final class EngagementCycleComponent implements EngagementCycle {

    @Reference
    private SentimentScoring scoring;

    @Override
    public CycleFacts facts(ProjectStore store, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Engagement facts", 10);
        scoring.ensureScored(store, progress.split(7));
        checkCancelled(progress);
        progress.subTask("Applying the metric definitions to every interaction");
        CycleFacts facts = FactsSql.facts(store, scoring.activeModelKey());
        progress.worked(3);
        return facts;
    }

    @Override
    public MetricsReport metrics(ProjectStore store, Grouping by, AnalysisFilter filter, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Response metrics", 10);
        CycleFacts facts = facts(store, progress.split(8));
        checkCancelled(progress);
        MetricsReport report = ResponseMetricsQuery.run(store, facts, by, filter);
        progress.worked(2);
        return report;
    }

    @Override
    public FunnelReport funnel(ProjectStore store, AnalysisFilter filter, IProgressMonitor monitor)
            throws ProjectException {
        checkCancelled(monitor);
        return FunnelQuery.run(store, filter);
    }

    @Override
    public RespondersReport responders(ProjectStore store, AnalysisFilter filter, Set<String> coreTeams,
            IProgressMonitor monitor) throws ProjectException {
        checkCancelled(monitor);
        return RespondersQuery.run(store, filter, coreTeams);
    }

    @Override
    public List<WorklistItem> worklist(ProjectStore store, AnalysisFilter filter, int limit, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Unanswered negative interactions", 10);
        CycleFacts facts = facts(store, progress.split(8));
        checkCancelled(progress);
        return WorklistQuery.run(store, facts, filter, limit);
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
