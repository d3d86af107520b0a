package io.rapport.importer.reviews.internal;

import java.util.List;

/**
 * One CSV record as read, with where it is in the file.
 *
 * @param fields  the unquoted field values; empty when the row is {@linkplain #tooLong() too long}
 * @param text    the row exactly as in the file (quotes, embedded line breaks), without its line end
 * @param line    1-based line of the file the row starts on (a row with quoted line breaks spans several)
 * @param offset  byte offset of the row's first byte in the file (BOM included), exact in UTF-8 and UTF-16
 * @param problem why the row is malformed (a stray quote, the file ending inside quotes), or null
 * @param tooLong the row was longer than the reader's limit; its characters were not kept
 * @param lastWithoutLineEnd the file ends in this row without a line break (complete, or cut off)
 */
record CsvRow(List<String> fields, String text, long line, long offset, String problem, boolean tooLong,
        boolean lastWithoutLineEnd) {

    /** A line with nothing on it: spreadsheets leave them at the end of files. */
    boolean isBlank() {
        return !tooLong && text.isEmpty();
    }
}
