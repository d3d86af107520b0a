package io.rapport.gap.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The sequential colour scale of gaps (ColorBrewer's YlOrRd, light = no gap, dark red = the largest): one hue
 * that darkens with the gap reads as "more" without a legend, and stays readable to colour-blind users. The
 * scale runs from 0 to the largest gap shown (at least {@link #MIN_TOP} points, so that a matrix of small gaps
 * is not painted as alarming as one of large gaps).
 */
final class GapScale {
    static final double MIN_TOP = 20;
    private static final RGB[] STOPS = {new RGB(255, 255, 204), new RGB(254, 217, 118), new RGB(253, 141, 60),
        new RGB(227, 26, 28), new RGB(128, 0, 38)};
    /** Cells without a value: neutral grey, so that "not measured" never reads as "no gap". */
    static final Color UNDEFINED = new Color(235, 235, 235);

    private final double top;

    GapScale(double largestGap) {
        top = Math.max(MIN_TOP, Math.ceil(largestGap / 10) * 10);
    }

    double top() {
        return top;
    }

    RGB rgb(double gap) {
        double t = Math.max(0, Math.min(1, gap / top)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        RGB a = STOPS[i];
        RGB b = STOPS[i + 1];
        return new RGB(mix(a.red, b.red, f), mix(a.green, b.green, f), mix(a.blue, b.blue, f));
    }

    Color color(Double gap) {
        return gap == null ? UNDEFINED : new Color(rgb(gap));
    }

    /** Black text on light cells, white on dark ones (relative luminance). */
    static boolean dark(RGB rgb) {
        return 0.2126 * rgb.red + 0.7152 * rgb.green + 0.0722 * rgb.blue < 128;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
