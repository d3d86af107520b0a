package io.rapport.cycle.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;

/** A line over months: a trend. */
public final class LineChart extends CategoryChart {
    private static final int SYMBOL = 3;
    private ILineSeries<?> line;

    public LineChart(Composite parent) {
        super(parent, false);
    }

    @Override
    protected ISeries<?> createSeries(ISeriesSet set, String id) {
        line = (ILineSeries<?>) set.createSeries(SeriesType.LINE, id);
        line.setLineColor(ACCENT);
        line.setLineWidth(2);
        line.setSymbolType(PlotSymbolType.CIRCLE);
        line.setSymbolColor(ACCENT);
        line.setSymbolSize(SYMBOL);
        line.setAntialias(SWT.ON);
        return line;
    }

    @Override
    protected Rectangle bounds(int index) {
        if (line == null) {
            return null;
        }
        Point p = line.getPixelCoordinates(index);
        return p == null ? null : new Rectangle(p.x - SYMBOL, p.y - SYMBOL, 2 * SYMBOL, 2 * SYMBOL);
    }
}
