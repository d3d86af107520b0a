package io.rapport.cycle.ui.tests;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.ui.testsupport.Widgets;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The metrics of a project grouped one way, computed outside the workbench, as the dashboard must show them. */
record ExpectedMetrics(String by, Map<String, MetricsRow> groups, MetricsRow total) {

    MetricsRow group(String key) {
        MetricsRow row = groups.get(key);
        if (row == null) {
            throw new AssertionError("no group '" + key + "' in " + groups.keySet());
        }
        return row;
    }

    /** Through the engagement-cycle service on a store of its own (close it before the workbench opens it). */
    static ExpectedMetrics compute(Path project, Grouping by) throws Exception {
        EngagementCycle cycle = Widgets.service(EngagementCycle.class);
        try (ProjectStore store = Widgets.service(ProjectStoreProvider.class).open(project)) {
            MetricsReport report = cycle.metrics(store, by, AnalysisFilter.all(), new NullProgressMonitor());
            Map<String, MetricsRow> groups = new LinkedHashMap<>();
            report.groups().forEach(m -> groups.put(m.key(), row(m.key(), m)));
            return new ExpectedMetrics(by.id(), groups, row(null, report.total()));
        }
    }

    private static MetricsRow row(String key, ResponseMetrics m) {
        return new MetricsRow(key, m.inbound(), m.addressed(), m.responded(), m.responseRate(), m.medianMinutes(),
                m.p90Minutes(), m.negativeAddressed(), m.negativeUnanswered());
    }
}
