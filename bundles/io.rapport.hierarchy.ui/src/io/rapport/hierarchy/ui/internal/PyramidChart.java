package io.rapport.hierarchy.ui.internal;

import io.rapport.hierarchy.core.LevelResult;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import java.util.List;

/**
 * The hierarchy as a pyramid, the base at the bottom: each level a band, filled as deeply as the share of scored
 * respondents who climbed to it (the cumulative climb), and beside it the level's numbers: that share, the pass
 * rate of the level on its own, and a warning where the data do not order the levels as the hierarchy does.
 */
final class PyramidChart {
    private static final Color EMPTY = new Color(236, 240, 245);
    private static final Color FILL = new Color(31, 119, 180);
    private static final Color WARNING = new Color(190, 80, 0);
    private static final int GAP = 3;

    private final Canvas canvas;
    private List<LevelResult> levels = List.of();
    private String title;

    PyramidChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.y)));
    }

    Canvas control() {
        return canvas;
    }

    void show(List<LevelResult> newLevels) {
        levels = List.copyOf(newLevels);
        canvas.redraw();
    }

    List<LevelResult> levels() {
        return levels;
    }

    /** @param heading drawn on top, for a PNG export; {@code null} on screen (the card has a heading) */
    void title(String heading) {
        title = heading;
        canvas.redraw();
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(SegmentColors.INK);
        int top = 8;
        if (title != null) {
            gc.drawText(title, 8, top, true);
            top += gc.textExtent(title).y + 8;
        }
        if (levels.isEmpty()) {
            gc.drawText("No survey scored yet", 8, top, true);
            return;
        }
        int n = levels.size();
        int pyramidWidth = Math.max(120, area.width * 2 / 5);
        int band = Math.max(18, (area.height - top - 8) / n - GAP);
        int centre = 8 + pyramidWidth / 2;
        for (int k = 1; k <= n; k++) {
            LevelResult level = levels.get(k - 1);
            // the base is the lowest band; each band narrows towards the top
            int y = top + (n - k) * (band + GAP);
            int bottomHalf = halfWidth(pyramidWidth, k - 1, n);
            int topHalf = halfWidth(pyramidWidth, k, n);
            int[] shape = {centre - bottomHalf, y + band, centre + bottomHalf, y + band, centre + topHalf, y,
                centre - topHalf, y};
            gc.setBackground(EMPTY);
            gc.fillPolygon(shape);
            double share = level.reachedShare() == null ? 0 : level.reachedShare();
            // the climbed share fills the band from its centre outwards
            int fillBottom = (int) Math.round(bottomHalf * share);
            int fillTop = (int) Math.round(topHalf * share);
            gc.setBackground(FILL);
            gc.fillPolygon(new int[] {centre - fillBottom, y + band, centre + fillBottom, y + band, centre + fillTop, y,
                centre - fillTop, y});
            gc.setForeground(SegmentColors.INK);
            gc.drawPolygon(shape);
            drawLabel(gc, level, 8 + pyramidWidth + 16, y, band);
        }
    }

    private static int halfWidth(int width, int step, int levels) {
        return (int) Math.round(width / 2.0 * (1 - step / (levels + 0.6)));
    }

    private static void drawLabel(GC gc, LevelResult level, int x, int y, int band) {
        String name = level.level().label();
        String numbers = Texts.percent(level.reachedShare()) + " reach it  \u00b7  " + Texts.percent(level.passRate())
                + " pass it alone";
        Point nameSize = gc.textExtent(name);
        int lineY = y + Math.max(0, (band - 2 * nameSize.y) / 2);
        gc.setForeground(SegmentColors.INK);
        gc.drawText(name, x, lineY, true);
        gc.drawText(numbers, x, lineY + nameSize.y, true);
        if (level.outOfOrder()) {
            gc.setForeground(WARNING);
            gc.drawText("  \u26a0 out of order", x + gc.textExtent(numbers).x, lineY + nameSize.y, true);
        }
    }

    private String tooltip(int y) {
        if (levels.isEmpty()) {
            return null;
        }
        Rectangle area = canvas.getClientArea();
        int n = levels.size();
        int band = Math.max(18, (area.height - 16) / n - GAP);
        int fromTop = (y - 8) / (band + GAP);
        int k = n - fromTop;
        if (k < 1 || k > n) {
            return null;
        }
        LevelResult l = levels.get(k - 1);
        return l.level().label() + ": " + Texts.count(l.reachedAtLeast()) + " respondents climbed to it or higher ("
                + Texts.percent(l.reachedShare()) + " of the scored), " + Texts.count(l.reachedExactly())
                + " stop here; " + Texts.count(l.passed()) + " of " + Texts.count(l.scored())
                + " answering all its items pass it on its own" + (l.passedAboveFailure() > 0 ? "; "
                        + Texts.count(l.passedAboveFailure()) + " pass it although they fail a level below" : "")
                + (l.outOfOrder() ? ". More pass it than a level below: the data do not order the levels as the "
                        + "hierarchy does." : ".");
    }
}
