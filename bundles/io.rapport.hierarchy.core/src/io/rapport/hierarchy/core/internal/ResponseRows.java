package io.rapport.hierarchy.core.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of a responses file, streamed: a CSV/TSV text or a sheet of an XLSX workbook. The first row returned
 * is the header. Both formats feed the same validation ({@link ResponseRow}), so a rejection reads the same
 * whatever the file was.
 */
interface ResponseRows extends Closeable {

    /** The next row, or {@code null} at the end. */
    Row next() throws IOException;

    /** How much of the file has been read, from 0 to 1, for progress. */
    double progress();

    /** The report's description of the encoding: {@code UTF-8}, {@code UTF-16LE}, ... or {@code XLSX}. */
    String encoding();

    /** The delimiter of a text file, or 0 for a workbook. */
    char delimiter() throws IOException;

    /** The sheet read, or {@code null} for a text file. */
    String sheet();

    /** The format as the store records the import: {@code csv}, {@code csv;}, {@code tsv} or {@code xlsx}. */
    String format() throws IOException;
}
