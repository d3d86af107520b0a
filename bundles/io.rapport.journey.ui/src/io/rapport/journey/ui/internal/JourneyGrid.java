package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.ui.JourneyIds;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The map: dimensions down, stages across. Every cell a dimension has reached is filled, its current stage darker
 * and outlined, and the overall stage's column heading is marked; each cell says how many of its criteria are
 * met. Hovering a cell lists its criteria with their values, targets and who attested what; a click selects it.
 */
final class JourneyGrid {
    private static final Color INK = new Color(40, 40, 40);
    private static final Color REACHED = new Color(198, 219, 239);
    private static final Color CURRENT = new Color(66, 146, 198);
    private static final Color OPEN = new Color(247, 247, 247);
    private static final Color LINE = new Color(200, 200, 200);
    private static final Color SELECTION = new Color(230, 85, 13);
    private static final int HEADER = 34;
    private static final int ROW = 40;

    private final Canvas canvas;
    private final BiConsumer<String, String> selected;
    private JourneyModel model;
    private JourneyAssessment assessment;
    private String title;
    private String selectedDimension;
    private String selectedStage;

    /** @param selected told the dimension and stage of a cell the user clicks */
    JourneyGrid(Composite parent, BiConsumer<String, String> selected) {
        this.selected = selected;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(io.rapport.ui.common.widgets.WidgetNames.KEY, JourneyIds.MAP);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tooltip(e.x, e.y)));
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
    }

    Canvas control() {
        return canvas;
    }

    void show(JourneyModel newModel, JourneyAssessment newAssessment) {
        model = newModel;
        assessment = newAssessment;
        canvas.redraw();
    }

    void clear() {
        show(null, null);
    }

    /** @param heading drawn on top for a PNG, {@code null} on screen */
    void title(String heading) {
        title = heading;
        canvas.redraw();
    }

    /** Selects a cell as a click does. */
    void select(String dimension, String stage) {
        selectedDimension = dimension;
        selectedStage = stage;
        canvas.setData(JourneyIds.SELECTED_CELL, dimension + "/" + stage);
        canvas.redraw();
        selected.accept(dimension, stage);
    }

    private int top() {
        return title == null ? 0 : 28;
    }

    private int labelWidth(GC gc) {
        int w = 120;
        for (JourneyModel.Dimension d : model.dimensions()) {
            w = Math.max(w, gc.textExtent(d.label()).x + 16);
        }
        return w;
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(INK);
        if (title != null) {
            gc.drawText(title, 8, 6, true);
        }
        if (model == null || assessment == null) {
            gc.drawText("No assessment yet", 8, top() + 8, true);
            return;
        }
        int left = labelWidth(gc);
        int stages = model.stages().size();
        int cell = Math.max(70, (area.width - left - 8) / stages);
        int overall = model.position(assessment.overall().id());
        for (int s = 0; s < stages; s++) {
            String label = model.stages().get(s).label();
            int x = left + s * cell;
            if (s == overall) {
                gc.setBackground(CURRENT);
                gc.fillRectangle(x, top(), cell, 4);
            }
            gc.setForeground(INK);
            Point size = gc.textExtent(label);
            gc.drawText(label, x + Math.max(2, (cell - size.x) / 2), top() + 8, true);
        }
        List<DimensionResult> dims = assessment.dimensions();
        for (int d = 0; d < dims.size(); d++) {
            DimensionResult dim = dims.get(d);
            int y = top() + HEADER + d * ROW;
            gc.setForeground(INK);
            gc.drawText(dim.dimension().label(), 8, y + (ROW - gc.textExtent("Ag").y) / 2, true);
            int reached = model.position(dim.stage().id());
            for (int s = 0; s < stages; s++) {
                int x = left + s * cell;
                gc.setBackground(s < reached ? REACHED : s == reached ? CURRENT : OPEN);
                gc.fillRectangle(x + 1, y + 1, cell - 2, ROW - 2);
                gc.setForeground(LINE);
                gc.drawRectangle(x + 1, y + 1, cell - 3, ROW - 3);
                String text = cellText(dim, model.stages().get(s).id(), s);
                gc.setForeground(s == reached ? canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE) : INK);
                Point size = gc.textExtent(text);
                gc.drawText(text, x + (cell - size.x) / 2, y + (ROW - size.y) / 2, true);
                if (dim.dimension().id().equals(selectedDimension) && model.stages().get(s).id().equals(
                        selectedStage)) {
                    gc.setForeground(SELECTION);
                    gc.setLineWidth(2);
                    gc.drawRectangle(x + 2, y + 2, cell - 5, ROW - 5);
                    gc.setLineWidth(1);
                }
            }
        }
    }

    /** "2/3 met", "start" for the first stage. */
    private static String cellText(DimensionResult dim, String stage, int position) {
        if (position == 0) {
            return "start";
        }
        List<CriterionResult> criteria = criteria(dim, stage);
        long met = criteria.stream().filter(CriterionResult::met).count();
        return met + "/" + criteria.size() + " met";
    }

    static List<CriterionResult> criteria(DimensionResult dim, String stage) {
        return dim.criteria().stream().filter(c -> c.criterion().stage().equals(stage)).toList();
    }

    /** The cell under a point: {dimension index, stage index}, or null. */
    private int[] cellAt(int x, int y) {
        if (model == null || assessment == null) {
            return null;
        }
        GC gc = new GC(canvas);
        int left;
        try {
            left = labelWidth(gc);
        } finally {
            gc.dispose();
        }
        int stages = model.stages().size();
        int cell = Math.max(70, (canvas.getClientArea().width - left - 8) / stages);
        int d = (y - top() - HEADER) / ROW;
        int s = (x - left) / cell;
        if (x < left || y < top() + HEADER || d >= assessment.dimensions().size() || s >= stages) {
            return null;
        }
        return new int[] {d, s};
    }

    private void click(int x, int y) {
        int[] at = cellAt(x, y);
        if (at != null) {
            select(assessment.dimensions().get(at[0]).dimension().id(), model.stages().get(at[1]).id());
        }
    }

    private String tooltip(int x, int y) {
        int[] at = cellAt(x, y);
        if (at == null) {
            return null;
        }
        DimensionResult dim = assessment.dimensions().get(at[0]);
        JourneyModel.Stage stage = model.stages().get(at[1]);
        List<CriterionResult> criteria = criteria(dim, stage.id());
        StringBuilder text = new StringBuilder(dim.dimension().label() + " \u2014 " + stage.label());
        if (criteria.isEmpty()) {
            text.append(": where every organisation starts");
        }
        criteria.forEach(c -> text.append('\n').append(Texts.line(c)));
        return text.toString();
    }
}
