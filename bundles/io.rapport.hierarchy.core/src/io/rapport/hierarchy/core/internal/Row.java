package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.csv.DelimitedReader;

import java.util.List;

/**
 * One row of a responses file, whichever format it came from, as the row validation reads it.
 *
 * @param row        1-based, as a spreadsheet numbers it: the header of a CSV file is row 1; a workbook's rows keep
 *                   the sheet's own numbers (skipped rows leave gaps)
 * @param fields     the cells as text
 * @param raw        the row as read, for the report of a rejected row (bounded by
 *                   {@link DelimitedReader#MAX_RECORD_CHARS}): a CSV line as in the file, a sheet row's cells
 *                   joined with tabs
 * @param unclosed   a quoted CSV field was still open at the end of the file
 * @param tooLong    the row, or one of its cells, exceeded what is kept of it
 * @param cellErrors cells that hold an error value instead of data ({@code cell D7: #N/A}); each rejects the row
 */
record Row(long row, List<String> fields, String raw, boolean unclosed, boolean tooLong, List<String> cellErrors) {
    Row {
        fields = List.copyOf(fields);
        cellErrors = List.copyOf(cellErrors);
    }

    Row(long row, List<String> fields, String raw, boolean unclosed, boolean tooLong) {
        this(row, fields, raw, unclosed, tooLong, List.of());
    }

    boolean blank() {
        return cellErrors.isEmpty() && fields.stream().allMatch(String::isBlank);
    }
}
