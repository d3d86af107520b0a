package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.ResponseMetrics;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of a response-metrics table, as the breakdown table shows them and as CSV exports write them
 * (the CLI's JSON field names, raw numbers).
 */
final class MetricColumns {

    /** One column: its heading, its CSV name, and its value as shown and as exported. */
    record Column(String heading, String csvName, Function<ResponseMetrics, String> shown,
            Function<ResponseMetrics, Object> exported) {
    }

    static final List<Column> ALL = List.of(
            new Column("Inbound", "inbound", m -> Formats.count(m.inbound()), ResponseMetrics::inbound),
            new Column("Addressed", "addressed", m -> Formats.count(m.addressed()), ResponseMetrics::addressed),
            new Column("Responded", "responded", m -> Formats.count(m.responded()), ResponseMetrics::responded),
            new Column("Response rate", "response_rate", m -> Formats.percent(m.responseRate()),
                    ResponseMetrics::responseRate),
            new Column("Median first response (min)", "first_response_median_minutes",
                    m -> Formats.minutes(m.medianMinutes()), ResponseMetrics::medianMinutes),
            new Column("p90 first response (min)", "first_response_p90_minutes",
                    m -> Formats.minutes(m.p90Minutes()), ResponseMetrics::p90Minutes),
            new Column("Negative addressed", "negative_addressed", m -> Formats.count(m.negativeAddressed()),
                    ResponseMetrics::negativeAddressed),
            new Column("Negative unanswered", "negative_unanswered", m -> Formats.count(m.negativeUnanswered()),
                    ResponseMetrics::negativeUnanswered),
            new Column("Unanswered negative share", "unanswered_negative_share",
                    m -> Formats.percent(m.unansweredNegativeShare()), ResponseMetrics::unansweredNegativeShare));

    private MetricColumns() {
    }
}
