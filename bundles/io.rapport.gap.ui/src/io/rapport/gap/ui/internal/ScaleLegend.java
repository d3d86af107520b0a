package io.rapport.gap.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The legend of the matrix's colours: the scale from 0 to its top, and the grey of cells without a value. */
final class ScaleLegend {
    private static final int BAR = 160;
    private final Canvas canvas;
    private GapScale scale = new GapScale(0);

    ScaleLegend(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getBackground());
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.setToolTipText("Gap = importance / 5 \u00d7 max(0, target \u2212 performance); grey: not measured");
    }

    Canvas control() {
        return canvas;
    }

    Point size() {
        return new Point(BAR + 260, 22);
    }

    void show(GapScale newScale) {
        scale = newScale;
        canvas.redraw();
    }

    private void paint(GC gc) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        String from = "Gap 0";
        int x = 0;
        gc.drawText(from, x, 3, true);
        x += gc.textExtent(from).x + 6;
        for (int i = 0; i < BAR; i++) {
            Color c = new Color(scale.rgb(scale.top() * i / (BAR - 1)));
            gc.setForeground(c);
            gc.drawLine(x + i, 4, x + i, 17);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        x += BAR + 6;
        String to = GapTexts.points(scale.top()) + "+";
        gc.drawText(to, x, 3, true);
        x += gc.textExtent(to).x + 16;
        gc.setBackground(GapScale.UNDEFINED);
        gc.fillRectangle(x, 4, 14, 14);
        gc.drawText("not measured", x + 20, 3, true);
    }
}
