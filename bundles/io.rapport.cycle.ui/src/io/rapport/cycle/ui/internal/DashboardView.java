package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.WorklistItem;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.widgets.ResponsivePage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.function.Consumer;

/**
 * The dashboard's page, scrolled as a whole: the key figures across the top, then the charts in two columns
 * (one when the view is narrow), the metrics table, the cycle charts and the worklist.
 */
final class DashboardView {
    /** From this width on, charts stand side by side and the key figures in one row. */
    private static final int TWO_COLUMNS = 880;
    /** Below this width the page scrolls sideways instead of squeezing the charts. */
    private static final int MIN_WIDTH = 440;
    private static final int CHART_HEIGHT = 250;

    private final ResponsivePage page;
    private final KpiPanel kpis;
    private final TrendPanel trends;
    private final BreakdownPanel breakdown;
    private final CyclePanel cycle;
    private final WorklistPanel worklist;

    DashboardView(Composite parent, Exporter exporter, WorklistExport worklistExport, Consumer<WorklistItem> open) {
        page = new ResponsivePage(parent, TWO_COLUMNS, MIN_WIDTH);
        Composite cards = page.page();
        kpis = new KpiPanel(cards);
        page.place(kpis.control(), 2, SWT.DEFAULT);
        trends = new TrendPanel(cards, exporter);
        trends.cards().forEach(c -> page.place(c, 1, CHART_HEIGHT));
        breakdown = new BreakdownPanel(cards, exporter);
        page.place(breakdown.card(), 2, 300);
        cycle = new CyclePanel(cards, exporter);
        // seven funnel steps, up to a dozen departments: every bar needs room for its label
        page.place(cycle.cards().get(0), 1, 290);
        page.place(cycle.cards().get(1), 1, 290);
        page.place(cycle.cards().get(2), 2, CHART_HEIGHT);
        worklist = new WorklistPanel(cards, worklistExport::export, open);
        page.place(worklist.card(), 2, 320);
        page.onColumnsChanged(columns -> kpis.columns(columns == 2 ? 4 : 2));
        page.fit();
        clear();
    }

    Control control() {
        return page.control();
    }

    void show(DashboardData data) {
        page.setRedraw(false);
        try {
            kpis.show(data.total());
            trends.show(data);
            breakdown.show(data);
            cycle.show(data);
            worklist.show(data);
            page.relayout();
        } finally {
            page.setRedraw(true);
        }
    }

    void clear() {
        kpis.clear();
        trends.clear();
        breakdown.clear();
        cycle.clear();
        worklist.clear();
    }
}
