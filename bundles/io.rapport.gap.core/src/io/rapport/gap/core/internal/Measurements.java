package io.rapport.gap.core.internal;

import io.rapport.gap.core.Measurement;

import java.util.Map;

/**
 * What one pass measured: indicator id → channel → measurement, for the current and the previous period. A
 * channel missing from a period had no interaction in it. {@code failures}: indicator id → why its SQL failed.
 */
record Measurements(Map<String, Map<String, Measurement>> current, Map<String, Map<String, Measurement>> previous,
        Map<String, String> failures) {

    Measurement current(String indicator, String channel) {
        return current.getOrDefault(indicator, Map.of()).getOrDefault(channel, Measurement.none());
    }

    Measurement previous(String indicator, String channel) {
        return previous.getOrDefault(indicator, Map.of()).getOrDefault(channel, Measurement.none());
    }
}
