package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import java.util.List;
import java.util.Objects;

/**
 * Importance–performance analysis (Martilla and James, 1977): one point per expectation, performance across
 * (0–100), importance up (1–5), split at the mean target and the mean importance of the rows shown into four
 * quadrants: <em>Concentrate here</em> (important, below target), <em>Keep up the good work</em>,
 * <em>Low priority</em> and <em>Possible overkill</em> (performing well on what matters less). Drawn on a
 * Canvas rather than with SWTChart: the quadrants, their labels and the point labels are the chart, and a
 * scatter series would only add axes to restyle. A point's label and numbers show on hover.
 */
final class ImportancePerformanceChart {
    private static final Color INK = new Color(40, 40, 40);
    private static final Color GRID = new Color(225, 225, 225);
    private static final Color CONCENTRATE = new Color(253, 235, 230);
    private static final Color POINT = new Color(31, 119, 180);
    private static final Color LINE = new Color(150, 150, 150);
    private static final int MARGIN_LEFT = 44;
    private static final int MARGIN_BOTTOM = 34;
    private static final int MARGIN = 12;
    private static final int RADIUS = 5;

    private final Canvas canvas;
    private List<ExpectationGap> points = List.of();
    private String title;
    private Rectangle plot = new Rectangle(0, 0, 0, 0);

    ImportancePerformanceChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(WidgetNames.KEY, GapIds.CHART);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseMove, e -> {
            String tip = tooltip(e.x, e.y);
            if (!Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    void show(GapReport report) {
        points = report == null ? List.of() : report.rows().stream()
                .filter(r -> r.performance() != null && r.importance() != null).toList();
        canvas.redraw();
    }

    /** @param heading drawn on top, for a PNG export; {@code null} on screen (the card has a heading) */
    void title(String heading) {
        title = heading;
        canvas.redraw();
    }

    /** The mean target of the rows plotted: where performance turns from short to enough. */
    double performanceSplit() {
        return points.stream().mapToDouble(r -> r.expectation().target()).average().orElse(80);
    }

    double importanceSplit() {
        return points.stream().mapToDouble(ExpectationGap::importance).average().orElse(3);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(INK);
        int top = MARGIN;
        if (title != null) {
            gc.drawText(title, MARGIN, top, true);
            top += gc.textExtent(title).y + 8;
        }
        String yTitle = "Importance (1\u20135)";
        gc.drawText(yTitle, MARGIN, top, true);
        top += gc.textExtent(yTitle).y + 8;
        plot = new Rectangle(MARGIN_LEFT, top, Math.max(40, area.width - MARGIN_LEFT - MARGIN),
                Math.max(40, area.height - top - MARGIN_BOTTOM));
        if (points.isEmpty()) {
            gc.drawText("No expectation measured in this period", MARGIN_LEFT, top, true);
            return;
        }
        int splitX = x(performanceSplit());
        int splitY = y(importanceSplit());
        gc.setBackground(CONCENTRATE);
        gc.fillRectangle(plot.x, plot.y, splitX - plot.x, splitY - plot.y);
        axes(gc);
        gc.setForeground(LINE);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(splitX, plot.y, splitX, plot.y + plot.height);
        gc.drawLine(plot.x, splitY, plot.x + plot.width, splitY);
        gc.setLineStyle(SWT.LINE_SOLID);
        quadrantLabels(gc, splitX, splitY);
        for (ExpectationGap r : points) {
            int px = x(r.performance());
            int py = y(r.importance());
            gc.setBackground(POINT);
            gc.fillOval(px - RADIUS, py - RADIUS, 2 * RADIUS, 2 * RADIUS);
            gc.setForeground(INK);
            gc.drawText(Integer.toString(r.rank()), px + RADIUS + 2, py - RADIUS - 8, true);
        }
    }

    private void axes(GC gc) {
        gc.setForeground(GRID);
        for (int p = 0; p <= 100; p += 20) {
            gc.drawLine(x(p), plot.y, x(p), plot.y + plot.height);
        }
        for (int i = 1; i <= 5; i++) {
            gc.drawLine(plot.x, y(i), plot.x + plot.width, y(i));
        }
        gc.setForeground(INK);
        gc.drawRectangle(plot);
        for (int p = 0; p <= 100; p += 20) {
            String t = Integer.toString(p);
            gc.drawText(t, x(p) - gc.textExtent(t).x / 2, plot.y + plot.height + 3, true);
        }
        for (int i = 1; i <= 5; i++) {
            String t = Integer.toString(i);
            gc.drawText(t, plot.x - gc.textExtent(t).x - 5, y(i) - gc.textExtent(t).y / 2, true);
        }
        String xTitle = "Performance (0\u2013100)";
        Point extent = gc.textExtent(xTitle);
        gc.drawText(xTitle, plot.x + (plot.width - extent.x) / 2, plot.y + plot.height + 3 + extent.y, true);
    }

    private void quadrantLabels(GC gc, int splitX, int splitY) {
        gc.setForeground(new Color(120, 120, 120));
        int pad = 4;
        int right = plot.x + plot.width - pad;
        // the right-hand quadrants are narrow when the targets are high: their labels wrap there
        String tr = fitting(gc, "Keep up the good work", "Keep up the\ngood work", right - splitX - pad);
        String br = fitting(gc, "Possible overkill", "Possible\noverkill", right - splitX - pad);
        String bl = "Low priority";
        int flags = SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT;
        gc.drawText("Concentrate here", plot.x + pad, plot.y + pad, flags);
        gc.drawText(tr, right - gc.textExtent(tr, flags).x, plot.y + pad, flags);
        gc.drawText(bl, plot.x + pad, plot.y + plot.height - gc.textExtent(bl, flags).y - pad, flags);
        gc.drawText(br, right - gc.textExtent(br, flags).x, plot.y + plot.height - gc.textExtent(br, flags).y - pad,
                flags);
    }

    private static String fitting(GC gc, String text, String wrapped, int width) {
        return gc.textExtent(text).x <= width ? text : wrapped;
    }

    private int x(double performance) {
        return plot.x + (int) Math.round(plot.width * performance / 100);
    }

    private int y(double importance) {
        return plot.y + plot.height - (int) Math.round(plot.height * (importance - 1) / 4);
    }

    /** The point under the pointer: its label, quadrant and numbers. */
    private String tooltip(int mx, int my) {
        for (ExpectationGap r : points) {
            int dx = x(r.performance()) - mx;
            int dy = y(r.importance()) - my;
            if (dx * dx + dy * dy <= (RADIUS + 3) * (RADIUS + 3)) {
                return r.rank() + ". " + r.expectation().label() + " \u2014 " + quadrant(r) + "\nimportance "
                        + GapTexts.importance(r.importance()) + ", performance " + GapTexts.points(r.performance())
                        + " (target " + GapTexts.points(r.expectation().target()) + "), gap "
                        + GapTexts.points(r.gap());
            }
        }
        return null;
    }

    String quadrant(ExpectationGap r) {
        boolean important = r.importance() >= importanceSplit();
        boolean performing = r.performance() >= performanceSplit();
        return important ? performing ? "Keep up the good work" : "Concentrate here"
                : performing ? "Possible overkill" : "Low priority";
    }
}
