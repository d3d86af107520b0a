package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.SegmentCount;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The segment distribution of the project's scored respondents as a 100 % bar, under it the published
 * distributions (world-class, average) the same way, and a legend: the comparison the research is known for.
 */
final class SegmentBars {
    /** One bar: a distribution's name and its shares per segment. */
    record Bar(String label, Map<Segment, Double> shares) {
    }

    private static final int BAR = 26;
    private static final int GAP = 12;

    private final Canvas canvas;
    private List<Bar> bars = List.of();
    private String title;

    SegmentBars(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    /** The project's segments as the first bar, the benchmarks after it. */
    void show(String projectLabel, List<SegmentCount> segments, List<BenchmarkDistribution> benchmarks) {
        List<Bar> all = new ArrayList<>();
        Map<Segment, Double> ours = new java.util.EnumMap<>(Segment.class);
        segments.forEach(s -> ours.put(s.segment(), s.share() == null ? 0 : s.share()));
        all.add(new Bar(projectLabel, ours));
        benchmarks.forEach(b -> all.add(new Bar(b.label(), b.shares())));
        bars = all;
        canvas.redraw();
    }

    void clear() {
        bars = List.of();
        canvas.redraw();
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
        int y = 8;
        if (title != null) {
            gc.drawText(title, 8, y, true);
            y += gc.textExtent(title).y + 8;
        }
        if (bars.isEmpty()) {
            gc.drawText("No survey scored yet", 8, y, true);
            return;
        }
        int labelWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, gc.textExtent(b.label()).x);
        }
        int x0 = 8 + labelWidth + 12;
        int width = Math.max(100, area.width - x0 - 12);
        for (Bar b : bars) {
            gc.setForeground(SegmentColors.INK);
            gc.drawText(b.label(), 8, y + (BAR - gc.textExtent(b.label()).y) / 2, true);
            int x = x0;
            for (Segment s : Segment.values()) {
                double share = b.shares().getOrDefault(s, 0.0);
                int w = (int) Math.round(width * share);
                gc.setBackground(SegmentColors.of(s));
                gc.fillRectangle(x, y, w, BAR);
                String text = Math.round(share * 100) + " %";
                Point size = gc.textExtent(text);
                if (size.x + 4 <= w) {
                    gc.setForeground(SegmentColors.dark(s) ? canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE)
                            : SegmentColors.INK);
                    gc.drawText(text, x + (w - size.x) / 2, y + (BAR - size.y) / 2, true);
                }
                x += w;
            }
            y += BAR + GAP;
        }
        // the legend under the bars, wrapped to the next line where the view is narrow
        int x = x0;
        for (Segment s : Segment.values()) {
            int itemWidth = 16 + gc.textExtent(s.label()).x + 16;
            if (x > x0 && x + itemWidth > area.width) {
                x = x0;
                y += gc.getFontMetrics().getHeight() + 4;
            }
            gc.setBackground(SegmentColors.of(s));
            gc.fillRectangle(x, y + 3, 12, 12);
            gc.setForeground(SegmentColors.INK);
            gc.drawText(s.label(), x + 16, y, true);
            x += itemWidth;
        }
    }
}
