package io.rapport.cycle.core;

import java.util.List;

/**
 * Response metrics grouped one way, with the total over all groups.
 *
 * @param sentimentModel the key ({@code id@version}) of the sentiment model whose scores decided "negative"
 */
public record MetricsReport(Grouping by, List<ResponseMetrics> groups, ResponseMetrics total, String sentimentModel) {
    public MetricsReport {
        groups = List.copyOf(groups);
    }
}
