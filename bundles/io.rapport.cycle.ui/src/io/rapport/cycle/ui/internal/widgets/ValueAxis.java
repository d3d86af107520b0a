package io.rapport.cycle.ui.internal.widgets;

import java.text.DecimalFormat;
import java.text.Format;

/**
 * The value axis of a category chart: its title, how ticks are written, an optional fixed maximum, and an
 * optional reference line (a published figure to compare with; what it is belongs in the chart's caption).
 *
 * @param max       the axis maximum, or {@code null} to fit the data (with room for labels)
 * @param reference where the dashed reference line is drawn, or {@code null} for none
 */
public record ValueAxis(String title, Format tickFormat, Double max, Double reference) {

    /** Shares in percent, 0–100. */
    public static ValueAxis percent(String title) {
        return new ValueAxis(title, new DecimalFormat("0'%'"), 100.0, null);
    }

    /** Counts, from 0. */
    public static ValueAxis count(String title) {
        return new ValueAxis(title, new DecimalFormat("#,##0"), null, null);
    }

    /** A numeric axis fitted to the data, from 0. */
    public static ValueAxis fitted(String title, String pattern) {
        return new ValueAxis(title, new DecimalFormat(pattern), null, null);
    }

    public ValueAxis withReference(double value) {
        return new ValueAxis(title, tickFormat, max, value);
    }
}
