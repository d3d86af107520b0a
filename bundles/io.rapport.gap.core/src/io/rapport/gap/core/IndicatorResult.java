package io.rapport.gap.core;

import java.util.List;

/**
 * Every installed indicator on every channel of the report, whether or not a row binds it; {@code failure} is
 * the store's message when the indicator's SQL failed (a partner's indicator), else {@code null}.
 */
public record IndicatorResult(GapIndicatorDescriptor indicator, List<ChannelMeasurement> channels, String failure) {

    public IndicatorResult {
        channels = List.copyOf(channels);
    }
}
