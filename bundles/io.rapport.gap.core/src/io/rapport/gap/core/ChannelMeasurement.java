package io.rapport.gap.core;

/** An indicator on one channel: this period's measurement and the previous period's. */
public record ChannelMeasurement(String channel, Measurement current, Measurement previous) {
}
