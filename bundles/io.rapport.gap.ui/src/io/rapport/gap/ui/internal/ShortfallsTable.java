package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Shortfall;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The seven shortfalls companies typically show (DESIGN.md §1.4), each as the indicators that measure it, with
 * each indicator's weakest and strongest channel in the period: a shortfall is read off the data, not asserted.
 */
final class ShortfallsTable {
    private final Table table;

    ShortfallsTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetNames.KEY, GapIds.SHORTFALLS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] c : new String[][] {{"Typical shortfall", "280"}, {"Measured by", "230"},
            {"Weakest channel", "160"}, {"Strongest channel", "160"}}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
    }

    Table control() {
        return table;
    }

    /** One line per shortfall and indicator; the shortfall's name on its first line only. */
    void show(GapReport report) {
        table.setRedraw(false);
        try {
            table.removeAll();
            if (report == null) {
                return;
            }
            for (Shortfall s : report.shortfalls()) {
                boolean first = true;
                for (String id : s.indicators()) {
                    IndicatorResult result = report.indicators().stream().filter(i -> i.indicator().id().equals(id))
                            .findFirst().orElse(null);
                    List<String> cells = new ArrayList<>(List.of(first ? s.label() : "",
                            result == null ? id + " (not installed)" : result.indicator().label()));
                    cells.addAll(extremes(result));
                    new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
                    first = false;
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** "reddit: 41.0" for the lowest and the highest value among the channels measured. */
    private static List<String> extremes(IndicatorResult result) {
        if (result == null) {
            return List.of("", "");
        }
        if (result.failure() != null) {
            return List.of("failed: " + result.failure(), "");
        }
        ChannelMeasurement low = null;
        ChannelMeasurement high = null;
        for (ChannelMeasurement m : result.channels()) {
            if (m.current().value() == null) {
                continue;
            }
            low = low == null || m.current().value() < low.current().value() ? m : low;
            high = high == null || m.current().value() > high.current().value() ? m : high;
        }
        return low == null ? List.of("not measured", "") : List.of(text(low), text(high));
    }

    private static String text(ChannelMeasurement m) {
        return m.channel() + ": " + GapTexts.points(m.current().value()) + " (" + GapTexts.count(m.current()
                .numerator()) + "/" + GapTexts.count(m.current().denominator()) + ")";
    }
}
