package io.rapport.ui.common.export;

import java.util.List;

/**
 * A table as a view exports it to CSV: machine-friendly column names and raw values (numbers as numbers, shares
 * as fractions, times as ISO-8601 UTC), so that the file can be checked against the command line's JSON and
 * computed with further.
 */
public record CsvTable(List<String> header, List<List<?>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
