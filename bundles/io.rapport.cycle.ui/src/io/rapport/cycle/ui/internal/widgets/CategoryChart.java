package io.rapport.cycle.ui.internal.widgets;

import io.rapport.ui.common.export.PngExport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeriesSet;
import org.eclipse.swtchart.ITitle;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import java.util.List;
import java.util.Objects;

/**
 * An SWTChart chart of one series over categories (channels, months, funnel steps): the values' labels are drawn
 * at the bars or points, each category has a tooltip, a dashed reference line can be drawn across, and without
 * data it says so. Subclasses say what a series looks like and where each value is drawn.
 */
public abstract class CategoryChart {
    static final String SERIES = "values";
    static final Color INK = new Color(40, 40, 40);
    static final Color ACCENT = new Color(31, 119, 180);
    /** The dashed reference line's colour; captions that explain it say "red dashed line". */
    public static final Color REFERENCE = new Color(214, 39, 40);
    private static final String NO_DATA = "No data for these filters";

    protected final Chart chart;
    private final boolean horizontal;
    private List<ChartPoint> points = List.of();
    private ValueAxis axis;
    private String tooltip;

    /** @param horizontal bars from left to right, categories top to bottom */
    protected CategoryChart(Composite parent, boolean horizontal) {
        this.horizontal = horizontal;
        chart = new Chart(parent, SWT.NONE);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getTitle().setVisible(false);
        chart.getTitle().setForeground(INK);
        chart.getLegend().setVisible(false);
        if (horizontal) {
            chart.setOrientation(SWT.VERTICAL);
        }
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.enableCategory(true);
        categories.getTitle().setVisible(false);
        categories.getTick().setForeground(INK);
        categories.getGrid().setStyle(LineStyle.NONE);
        // the first category on top, as it is read
        categories.setReversed(horizontal);
        IAxis values = chart.getAxisSet().getYAxis(0);
        values.getTick().setForeground(INK);
        values.getTitle().setForeground(INK);
        values.getGrid().setStyle(LineStyle.DOT);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paintOverlay(e.gc);
            }
        });
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseMove, this::updateTooltip);
        plot.addListener(SWT.MouseExit, e -> setTooltip(null));
    }

    /** The chart control, e.g. for PNG export. */
    public Chart control() {
        return chart;
    }

    /**
     * A picture of the chart as shown now, titled (the card's heading is not part of the chart), e.g. for a PNG
     * export.
     */
    public ImageData picture(String title) {
        ITitle heading = chart.getTitle();
        String text = heading.getText();
        boolean visible = heading.isVisible();
        heading.setText(title);
        heading.setVisible(true);
        chart.updateLayout();
        try {
            return PngExport.capture(chart);
        } finally {
            heading.setText(text);
            heading.setVisible(visible);
            chart.updateLayout();
        }
    }

    /** Shows {@code newPoints} in their order, or "no data" if there are none. */
    public void show(List<ChartPoint> newPoints, ValueAxis valueAxis) {
        points = List.copyOf(newPoints);
        axis = valueAxis;
        ISeriesSet set = chart.getSeriesSet();
        if (set.getSeries(SERIES) != null) {
            set.deleteSeries(SERIES);
        }
        IAxis categories = chart.getAxisSet().getXAxis(0);
        IAxis values = chart.getAxisSet().getYAxis(0);
        values.getTitle().setText(valueAxis.title());
        values.getTick().setFormat(valueAxis.tickFormat());
        chart.getTitle().setText(NO_DATA);
        chart.getTitle().setVisible(points.isEmpty());
        if (points.isEmpty()) {
            categories.setCategorySeries(new String[] {""});
            values.setRange(new Range(0, valueAxis.max() == null ? 1 : valueAxis.max()));
            chart.redraw();
            return;
        }
        categories.setCategorySeries(points.stream().map(ChartPoint::category).toArray(String[]::new));
        if (!horizontal) {
            // names side by side overlap from a handful on; slanted they fit
            categories.getTick().setTickLabelAngle(points.size() > 5 ? 45 : 0);
        }
        ISeries<?> series = createSeries(set, SERIES);
        series.setYSeries(points.stream().mapToDouble(ChartPoint::value).toArray());
        chart.getAxisSet().adjustRange();
        values.setRange(new Range(0, upper(valueAxis)));
        chart.redraw();
    }

    /** The axis maximum: fixed, or the largest value (or reference) with room for the labels. */
    private double upper(ValueAxis valueAxis) {
        if (valueAxis.max() != null) {
            return valueAxis.max();
        }
        double max = points.stream().mapToDouble(ChartPoint::value).max().orElse(0);
        if (valueAxis.reference() != null) {
            max = Math.max(max, valueAxis.reference());
        }
        return max <= 0 ? 1 : max * (horizontal ? 1.25 : 1.2);
    }

    /** Creates the series of this kind of chart. */
    protected abstract ISeries<?> createSeries(ISeriesSet set, String id);

    /** Where value {@code index} is drawn in the plot area (for its label and tooltip), or null if not drawn. */
    protected abstract Rectangle bounds(int index);

    private void paintOverlay(GC gc) {
        if (points.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        if (axis.reference() != null) {
            paintReference(gc);
        }
        gc.setForeground(INK);
        int lastRight = Integer.MIN_VALUE;
        for (int i = 0; i < points.size(); i++) {
            Rectangle r = bounds(i);
            String label = points.get(i).label();
            if (r == null || label == null || label.isEmpty()) {
                continue;
            }
            Point size = gc.textExtent(label);
            if (horizontal) {
                gc.drawText(label, r.x + r.width + 4, r.y + (r.height - size.y) / 2, true);
            } else {
                int x = r.x + (r.width - size.x) / 2;
                // many categories: a label that would overlap its left neighbour is left to the tooltip
                if (x > lastRight + 2) {
                    drawAbove(gc, label, size, x, r);
                    lastRight = x + size.x;
                }
            }
        }
    }

    /**
     * Above the bar or point; when that is off the top, inside a bar that is tall enough (in white), else below
     * the point.
     */
    private void drawAbove(GC gc, String label, Point size, int x, Rectangle r) {
        if (r.y - size.y - 2 >= 0) {
            gc.drawText(label, x, r.y - size.y - 2, true);
        } else if (r.height > size.y + 4) {
            gc.setForeground(chart.getBackgroundInPlotArea());
            gc.drawText(label, x, r.y + 2, true);
            gc.setForeground(INK);
        } else {
            gc.drawText(label, x, r.y + r.height + 2, true);
        }
    }

    private void paintReference(GC gc) {
        int at = chart.getAxisSet().getYAxis(0).getPixelCoordinate(axis.reference());
        Point area = chart.getPlotArea().getControl().getSize();
        gc.setForeground(REFERENCE);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DASH);
        if (horizontal) {
            gc.drawLine(at, 0, at, area.y);
        } else {
            gc.drawLine(0, at, area.x, at);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void updateTooltip(Event e) {
        String text = null;
        for (int i = 0; i < points.size() && text == null; i++) {
            Rectangle r = bounds(i);
            if (r != null && grow(r).contains(e.x, e.y)) {
                text = points.get(i).tooltip();
            }
        }
        setTooltip(text);
    }

    private void setTooltip(String text) {
        if (!Objects.equals(text, tooltip)) {
            tooltip = text;
            chart.getPlotArea().getControl().setToolTipText(text);
        }
    }

    private static Rectangle grow(Rectangle r) {
        return new Rectangle(r.x - 4, r.y - 4, r.width + 8, r.height + 8);
    }
}
