package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The kept snapshots as a timeline: the overall stage of each, by its day, as steps from stage to stage; the
 * tooltip of a point gives every dimension's stage that day.
 */
final class HistoryChart {
    private static final Color INK = new Color(40, 40, 40);
    private static final Color LINE = new Color(66, 146, 198);
    private static final Color GRID = new Color(225, 225, 225);

    private final Canvas canvas;
    private JourneyModel model;
    private List<JourneySnapshot> snapshots = List.of();

    HistoryChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x)));
    }

    Canvas control() {
        return canvas;
    }

    void show(JourneyModel newModel, List<JourneySnapshot> newSnapshots) {
        model = newModel;
        snapshots = List.copyOf(newSnapshots);
        canvas.redraw();
    }

    void clear() {
        show(null, List.of());
    }

    private int left(GC gc) {
        int w = 40;
        for (JourneyModel.Stage s : model.stages()) {
            w = Math.max(w, gc.textExtent(s.label()).x + 12);
        }
        return w;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setForeground(INK);
        if (model == null || snapshots.isEmpty()) {
            gc.drawText("No snapshots yet: Keep Snapshot saves the assessment shown, dated.", 8, 8, true);
            return;
        }
        int left = left(gc);
        int stages = model.stages().size();
        int bottom = area.height - 24;
        int step = Math.max(12, (bottom - 10) / Math.max(1, stages - 1));
        for (int s = 0; s < stages; s++) {
            int y = bottom - s * step;
            gc.setForeground(GRID);
            gc.drawLine(left, y, area.width - 10, y);
            gc.setForeground(INK);
            gc.drawText(model.stages().get(s).label(), 4, y - gc.textExtent("Ag").y / 2, true);
        }
        long first = snapshots.get(0).asOf().toEpochDay();
        long span = Math.max(1, ChronoUnit.DAYS.between(snapshots.get(0).asOf(),
                snapshots.get(snapshots.size() - 1).asOf()));
        int width = area.width - left - 40;
        int prevX = -1;
        int prevY = -1;
        gc.setLineWidth(2);
        for (JourneySnapshot s : snapshots) {
            int x = left + 10 + (int) ((s.asOf().toEpochDay() - first) * width / span);
            int y = bottom - Math.max(0, model.position(s.overall())) * step;
            gc.setForeground(LINE);
            if (prevX >= 0) {
                gc.drawLine(prevX, prevY, x, prevY);
                gc.drawLine(x, prevY, x, y);
            }
            gc.setBackground(LINE);
            gc.fillOval(x - 4, y - 4, 8, 8);
            prevX = x;
            prevY = y;
        }
        gc.setLineWidth(1);
        gc.setForeground(INK);
        gc.drawText(snapshots.get(0).asOf().toString(), left, bottom + 4, true);
        String last = snapshots.get(snapshots.size() - 1).asOf().toString();
        gc.drawText(last, area.width - 10 - gc.textExtent(last).x, bottom + 4, true);
    }

    private String tooltip(int x) {
        if (model == null || snapshots.isEmpty()) {
            return null;
        }
        JourneySnapshot nearest = null;
        int best = Integer.MAX_VALUE;
        GC gc = new GC(canvas);
        int left;
        try {
            left = left(gc);
        } finally {
            gc.dispose();
        }
        long first = snapshots.get(0).asOf().toEpochDay();
        long span = Math.max(1, ChronoUnit.DAYS.between(snapshots.get(0).asOf(),
                snapshots.get(snapshots.size() - 1).asOf()));
        int width = canvas.getClientArea().width - left - 40;
        for (JourneySnapshot s : snapshots) {
            int sx = left + 10 + (int) ((s.asOf().toEpochDay() - first) * width / span);
            if (Math.abs(sx - x) < best) {
                best = Math.abs(sx - x);
                nearest = s;
            }
        }
        if (nearest == null || best > 12) {
            return null;
        }
        StringBuilder text = new StringBuilder(nearest.asOf() + ": " + label(nearest.overall()));
        nearest.stages().forEach((d, s) -> text.append('\n').append(d).append(": ").append(label(s)));
        return text.toString();
    }

    private String label(String stage) {
        int p = model.position(stage);
        return p < 0 ? stage : model.stages().get(p).label();
    }
}
