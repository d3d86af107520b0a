package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.WorklistItem;
import io.rapport.ui.common.export.Exporter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private final ScrolledComposite scroller;
    private final Composite page;
    private final GridLayout layout;
    /** Each card's span in two columns. */
    private final Map<Control, Integer> spans = new LinkedHashMap<>();
    private final KpiPanel kpis;
    private final TrendPanel trends;
    private final BreakdownPanel breakdown;
    private final CyclePanel cycle;
    private final WorklistPanel worklist;

    DashboardView(Composite parent, Exporter exporter, WorklistExport worklistExport, Consumer<WorklistItem> open) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        page = new Composite(scroller, SWT.NONE);
        layout = new GridLayout(2, true);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = 10;
        page.setLayout(layout);

        kpis = new KpiPanel(page);
        place(kpis.control(), 2, SWT.DEFAULT);
        trends = new TrendPanel(page, exporter);
        trends.cards().forEach(c -> place(c, 1, CHART_HEIGHT));
        breakdown = new BreakdownPanel(page, exporter);
        place(breakdown.card(), 2, 300);
        cycle = new CyclePanel(page, exporter);
        // seven funnel steps, up to a dozen departments: every bar needs room for its label
        place(cycle.cards().get(0), 1, 290);
        place(cycle.cards().get(1), 1, 290);
        place(cycle.cards().get(2), 2, CHART_HEIGHT);
        worklist = new WorklistPanel(page, worklistExport::export, open);
        place(worklist.card(), 2, 320);

        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true);
        scroller.addListener(SWT.Resize, e -> fit());
        fit();
        clear();
    }

    Control control() {
        return scroller;
    }

    void show(DashboardData data) {
        page.setRedraw(false);
        try {
            kpis.show(data.total());
            trends.show(data);
            breakdown.show(data);
            cycle.show(data);
            worklist.show(data);
            page.layout(true, true);
        } finally {
            page.setRedraw(true);
        }
        fit();
    }

    void clear() {
        kpis.clear();
        trends.clear();
        breakdown.clear();
        cycle.clear();
        worklist.clear();
    }

    private void fit() {
        Rectangle area = scroller.getClientArea();
        int columns = area.width >= TWO_COLUMNS ? 2 : 1;
        if (columns != layout.numColumns) {
            layout.numColumns = columns;
            spans.forEach((control, span) -> ((GridData) control.getLayoutData()).horizontalSpan = Math.min(span,
                    columns));
            kpis.columns(columns == 2 ? 4 : 2);
            page.layout(true, true);
        }
        scroller.setMinSize(page.computeSize(Math.max(area.width, MIN_WIDTH), SWT.DEFAULT));
    }

    private void place(Control control, int span, int height) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, span, 1);
        data.heightHint = height;
        // equal columns whatever the charts' preferred sizes
        data.widthHint = 100;
        control.setLayoutData(data);
        spans.put(control, span);
    }
}
