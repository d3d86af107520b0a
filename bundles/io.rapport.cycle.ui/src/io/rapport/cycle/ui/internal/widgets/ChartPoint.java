package io.rapport.cycle.ui.internal.widgets;

/**
 * One bar or point of a category chart.
 *
 * @param label   drawn at the bar or point (e.g. "64 %"), may be empty
 * @param tooltip shown when the pointer is over it
 */
public record ChartPoint(String category, double value, String label, String tooltip) {
}
