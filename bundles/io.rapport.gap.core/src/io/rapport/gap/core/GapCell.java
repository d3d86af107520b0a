package io.rapport.gap.core;

import java.util.Map;

/**
 * One cell of the matrix, an expectation on one channel: {@code performance} = the mean of the values of its
 * indicators that are defined there, {@code gap} = (importance / 5) × max(0, target − performance), both
 * {@code null} when no indicator has a value; {@code basis} = the sum of those indicators' denominators; and
 * each bound indicator's measurement (in the row's order), for the cell's details.
 */
public record GapCell(String channel, Double performance, Double gap, long basis, Map<String, Measurement> indicators) {

    public GapCell {
        indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
    }
}
