package io.rapport.cycle.ui.internal;

import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.widgets.Card;

import org.eclipse.swt.widgets.Composite;

/** The numbers behind the charts, by channel, month or responder's department, with a CSV export. */
final class BreakdownPanel {
    private final Card card;
    private final BreakdownTable table;

    BreakdownPanel(Composite parent, Exporter exporter) {
        card = new Card(parent, "Response metrics", "Every metric of the dashboard per group, and the total");
        table = new BreakdownTable(card.body());
        card.export("CSV\u2026", "Export this table as CSV", null, () -> exporter.csv(
                "the response metrics by " + table.grouping().id(), "response-metrics-by-" + table.grouping().id(),
                () -> table.shown() == null ? null : CycleCsv.metrics(table.shown())));
    }

    Card card() {
        return card;
    }

    void show(DashboardData data) {
        table.show(data.byChannel(), data.byMonth(), data.byDepartment());
    }

    void clear() {
        table.clear();
    }
}
