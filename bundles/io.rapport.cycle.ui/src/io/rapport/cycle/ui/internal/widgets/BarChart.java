package io.rapport.cycle.ui.internal.widgets;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;

/** Bars by category: channels, departments, or (horizontal) the steps of the funnel. */
public final class BarChart extends CategoryChart {
    private IBarSeries<?> bars;

    public BarChart(Composite parent, boolean horizontal) {
        super(parent, horizontal);
    }

    @Override
    protected ISeries<?> createSeries(ISeriesSet set, String id) {
        bars = (IBarSeries<?>) set.createSeries(SeriesType.BAR, id);
        bars.setBarColor(ACCENT);
        bars.setBarPadding(35);
        return bars;
    }

    @Override
    protected Rectangle bounds(int index) {
        if (bars == null) {
            return null;
        }
        Rectangle[] all = bars.getBounds();
        return all == null || index >= all.length ? null : all[index];
    }
}
