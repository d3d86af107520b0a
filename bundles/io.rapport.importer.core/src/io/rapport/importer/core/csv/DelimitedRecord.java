package io.rapport.importer.core.csv;

import java.util.List;

/**
 * One record of a delimited file.
 *
 * @param number   1-based, as a spreadsheet numbers rows: the header is record 1; a record whose quoted field
 *                 holds line breaks is one record
 * @param offset   byte offset of the record's first character in the file (after a byte order mark for the first)
 * @param fields   the fields, unquoted
 * @param raw      the record's text as read, without its line end: its original line(s), losslessly unless
 *                 {@code tooLong}
 * @param unclosed a quoted field was still open at the end of the file (a truncated file)
 * @param tooLong  the record exceeded {@link DelimitedReader#MAX_RECORD_CHARS}: its text and fields are cut
 * @param undecodable the record held bytes that are not valid in the file's encoding (when read leniently): they
 *                 read as U+FFFD in its text and fields (a U+FFFD the file itself holds does not set this)
 */
public record DelimitedRecord(long number, long offset, List<String> fields, String raw, boolean unclosed,
        boolean tooLong, boolean undecodable) {

    public DelimitedRecord {
        fields = List.copyOf(fields);
    }

    /** An empty line, or only empty fields. */
    public boolean blank() {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
