package io.rapport.hierarchy.core;

import java.util.List;

/**
 * How an import would read the columns of a responses file, before anything is imported: the mapping step of an
 * import shows it, lets the user say how a column is to be read where its name does not match, and shows what
 * is still missing.
 *
 * @param sheet    the workbook's sheet read, {@code null} for CSV or TSV
 * @param problems what stops the import as mapped now (no respondent id column, items without a column), in
 *                 words for the user; empty when the file can be imported
 */
public record ColumnPreview(String file, String sheet, List<Column> columns, List<String> problems) {
    public ColumnPreview {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
    }

    /**
     * One column.
     *
     * @param readAs how it is read, in the words of a mapping file: an item id, {@code respondent_id},
     *               {@code handle}, {@code handle_channel}, {@code ignore} or {@code attribute:NAME}
     * @param mapped whether the mapping says so (otherwise its name does)
     */
    public record Column(String header, String readAs, boolean mapped) {
    }
}
