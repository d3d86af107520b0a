package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.core.WorklistItem;

import java.util.List;

/**
 * Everything the dashboard shows for one filter, computed in the background: the response metrics by channel,
 * month and responder's department, the funnel, the responders and the oldest unanswered negative
 * interactions (at most {@code worklistLimit}).
 *
 * @param millis how long the computation took
 */
public record DashboardData(AnalysisFilter filter, MetricsReport byChannel, MetricsReport byMonth,
        MetricsReport byDepartment, FunnelReport funnel, RespondersReport responders, List<WorklistItem> worklist,
        int worklistLimit, long millis) {

    public DashboardData {
        worklist = List.copyOf(worklist);
    }

    /** The metrics over everything the filter takes (the same in every grouping). */
    public ResponseMetrics total() {
        return byChannel.total();
    }

    /** All unanswered negative interactions of the filter, of which {@link #worklist()} holds the oldest. */
    public long worklistTotal() {
        return total().negativeUnanswered();
    }
}
