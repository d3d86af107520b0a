package io.rapport.gap.core.internal;

import io.rapport.gap.core.Measurement;

import java.util.List;
import java.util.Map;

/**
 * What one pass measured: the channels with interactions in the current period (sorted); indicator id → channel
 * → measurement, for the current and the previous period (a channel missing from a period had no interaction in
 * it); {@code failures}: indicator id → why its SQL failed.
 */
record Measurements(List<String> channels, Map<String, Map<String, Measurement>> current,
        Map<String, Map<String, Measurement>> previous, Map<String, String> failures) {

    Measurement current(String indicator, String channel) {
        return current.getOrDefault(indicator, Map.of()).getOrDefault(channel, Measurement.none());
    }

    Measurement previous(String indicator, String channel) {
        return previous.getOrDefault(indicator, Map.of()).getOrDefault(channel, Measurement.none());
    }
}
