package io.rapport.gap.core;

import java.util.List;

/**
 * The gap matrix of a period: the channels with interactions in it (sorted), the rows ranked by gap, every
 * installed indicator per channel, the typical shortfalls, and the sentiment model that decided what is
 * negative.
 */
public record GapReport(GapPeriod period, GapPeriod previousPeriod, List<String> channels, List<ExpectationGap> rows,
        List<IndicatorResult> indicators, List<Shortfall> shortfalls, String sentimentModel) {

    public GapReport {
        channels = List.copyOf(channels);
        rows = List.copyOf(rows);
        indicators = List.copyOf(indicators);
        shortfalls = List.copyOf(shortfalls);
    }
}
