package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapReport;
import io.rapport.ui.common.export.CsvTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The matrix as it exports to CSV: one row per expectation in rank order with the row fields of
 * {@code rapport gap --json} (raw values, {@code null} = empty), then per channel {@code <channel>_performance},
 * {@code <channel>_gap} and {@code <channel>_basis}, so that a file can be checked against the command line.
 */
final class GapCsv {
    private GapCsv() {
    }

    static CsvTable matrix(GapReport report) {
        List<String> header = new ArrayList<>(List.of("rank", "id", "label", "importance", "importance_source",
                "target", "indicators", "performance", "gap", "previous_performance", "previous_gap", "change"));
        for (String channel : report.channels()) {
            header.add(channel + "_performance");
            header.add(channel + "_gap");
            header.add(channel + "_basis");
        }
        List<List<?>> rows = new ArrayList<>();
        for (ExpectationGap row : report.rows()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(row.rank(), row.expectation().id(),
                    row.expectation().label(), row.importance(), row.importanceSource(), row.expectation().target(),
                    String.join(" ", row.expectation().indicators()), row.performance(), row.gap(),
                    row.previousPerformance(), row.previousGap(), row.change()));
            for (String channel : report.channels()) {
                GapCell cell = cell(row, channel);
                cells.add(cell == null ? null : cell.performance());
                cells.add(cell == null ? null : cell.gap());
                cells.add(cell == null ? null : cell.basis());
            }
            rows.add(cells);
        }
        return new CsvTable(header, rows);
    }

    /** The row's cell on {@code channel}, or {@code null}. */
    static GapCell cell(ExpectationGap row, String channel) {
        for (GapCell c : row.cells()) {
            if (c.channel().equals(channel)) {
                return c;
            }
        }
        return null;
    }
}
