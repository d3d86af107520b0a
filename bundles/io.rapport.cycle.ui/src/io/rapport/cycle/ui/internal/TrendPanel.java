package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.ui.internal.widgets.BarChart;
import io.rapport.cycle.ui.internal.widgets.CategoryChart;
import io.rapport.cycle.ui.internal.widgets.ChartPoint;
import io.rapport.cycle.ui.internal.widgets.LineChart;
import io.rapport.cycle.ui.internal.widgets.ValueAxis;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.widgets.Card;

import org.eclipse.swt.widgets.Composite;

import java.util.List;

/**
 * Response rate and median first response, by month (lines) and by channel (bars), with the published figures
 * as reference lines. Groups without a defined value (nothing addressed, nothing answered) are left out.
 */
final class TrendPanel {
    private static final double EXPECTED_REPLY_MINUTES = 4 * 60;
    private static final double HARRIS_REPLY_SHARE = 22;
    private static final String RATE_REFERENCE = "red dashed line: 22 % of complaints answered ("
            + PublishedReferences.HARRIS + ")";
    private static final String TIME_REFERENCE = "red dashed line: 4 h expected (" + PublishedReferences.SPROUT
            + ")";

    private final CategoryChart rateByMonth;
    private final CategoryChart medianByMonth;
    private final CategoryChart rateByChannel;
    private final CategoryChart medianByChannel;
    private final Card[] cards = new Card[4];
    private DashboardData data;

    TrendPanel(Composite parent, Exporter exporter) {
        cards[0] = new Card(parent, "Response rate by month", "Responded / addressed, by the month of the inbound "
                + "interaction");
        rateByMonth = new LineChart(cards[0].body());
        cards[1] = new Card(parent, "Median first response by month", "By the month of the inbound interaction");
        medianByMonth = new LineChart(cards[1].body());
        cards[2] = new Card(parent, "Response rate by channel", "Responded / addressed");
        rateByChannel = new BarChart(cards[2].body(), false);
        cards[3] = new Card(parent, "Median first response by channel", "Over the answered interactions");
        medianByChannel = new BarChart(cards[3].body(), false);
        ChartExports.add(exporter, cards[0], rateByMonth, "the response rate by month",
                "response-rate-by-month", () -> data == null ? null : CycleCsv.metrics(data.byMonth()));
        ChartExports.add(exporter, cards[1], medianByMonth, "the first response time by month",
                "first-response-by-month", () -> data == null ? null : CycleCsv.metrics(data.byMonth()));
        ChartExports.add(exporter, cards[2], rateByChannel, "the response rate by channel",
                "response-rate-by-channel", () -> data == null ? null : CycleCsv.metrics(data.byChannel()));
        ChartExports.add(exporter, cards[3], medianByChannel, "the first response time by channel",
                "first-response-by-channel", () -> data == null ? null : CycleCsv.metrics(data.byChannel()));
    }

    List<Card> cards() {
        return List.of(cards);
    }

    void show(DashboardData shown) {
        data = shown;
        cards[0].note(RATE_REFERENCE);
        cards[2].note(RATE_REFERENCE);
        cards[1].note(TIME_REFERENCE);
        cards[3].note(TIME_REFERENCE);
        rateByMonth.show(rates(shown.byMonth()), rateAxis());
        rateByChannel.show(rates(shown.byChannel()), rateAxis());
        DurationUnit months = DurationUnit.of(shown.byMonth());
        medianByMonth.show(medians(shown.byMonth(), months), months.axis(EXPECTED_REPLY_MINUTES));
        DurationUnit channels = DurationUnit.of(shown.byChannel());
        medianByChannel.show(medians(shown.byChannel(), channels), channels.axis(EXPECTED_REPLY_MINUTES));
    }

    void clear() {
        data = null;
        cards().forEach(c -> c.note(""));
        for (CategoryChart chart : new CategoryChart[] {rateByMonth, medianByMonth, rateByChannel, medianByChannel}) {
            chart.show(List.of(), ValueAxis.percent(""));
        }
    }

    private static ValueAxis rateAxis() {
        return ValueAxis.percent("%").withReference(HARRIS_REPLY_SHARE);
    }

    private static List<ChartPoint> rates(MetricsReport report) {
        return report.groups().stream().filter(m -> m.responseRate() != null)
                .map(m -> new ChartPoint(m.key(), m.responseRate() * 100, Formats.shortPercent(m.responseRate()),
                        m.key() + ": " + Formats.percent(m.responseRate()) + " \u2014 " + Formats.count(m.responded())
                                + " of " + Formats.count(m.addressed()) + " addressed answered"))
                .toList();
    }

    private static List<ChartPoint> medians(MetricsReport report, DurationUnit unit) {
        return report.groups().stream().filter(m -> m.medianMinutes() != null)
                .map(m -> new ChartPoint(m.key(), unit.value(m.medianMinutes()),
                        Formats.shortDuration(m.medianMinutes()), tooltip(m)))
                .toList();
    }

    private static String tooltip(ResponseMetrics m) {
        return m.key() + ": median " + Formats.duration(m.medianMinutes()) + ", p90 " + Formats.duration(m.p90Minutes())
                + " \u2014 over " + Formats.count(m.responded()) + " responses";
    }

    /** Minutes or hours, whichever reads better for the largest median shown. */
    private record DurationUnit(String title, double minutesPerUnit) {
        static DurationUnit of(MetricsReport report) {
            double max = report.groups().stream().filter(m -> m.medianMinutes() != null)
                    .mapToDouble(ResponseMetrics::medianMinutes).max().orElse(0);
            return max >= 120 ? new DurationUnit("hours", 60) : new DurationUnit("minutes", 1);
        }

        double value(double minutes) {
            return minutes / minutesPerUnit;
        }

        ValueAxis axis(double expectedMinutes) {
            return ValueAxis.fitted(title, "#,##0.#").withReference(value(expectedMinutes));
        }
    }
}
