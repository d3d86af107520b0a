package io.rapport.cycle.ui.internal;

import io.rapport.cycle.ui.internal.widgets.CategoryChart;
import io.rapport.ui.common.export.CsvTable;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.widgets.Card;

import java.util.function.Supplier;

/** The CSV and PNG buttons every chart card has. */
final class ChartExports {
    private ChartExports() {
    }

    /**
     * @param what  what the chart shows, for messages ("the response rate by month")
     * @param name  the file name's stem ("response-rate-by-month")
     * @param table the numbers behind the chart, null before the first computation
     */
    static void add(Exporter exporter, Card card, CategoryChart chart, String what, String name,
            Supplier<CsvTable> table) {
        card.export("CSV\u2026", "Export the numbers behind this chart as CSV", null,
                () -> exporter.csv(what, name, table));
        card.export("PNG\u2026", "Save this chart as a PNG picture", null,
                () -> exporter.png(what + " chart", name, () -> chart.picture(card.title())));
    }
}
