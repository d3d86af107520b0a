/**
 * Reading delimited text (CSV, TSV, semicolon-separated) as spreadsheets and export tools write it: the text
 * encoding from a byte order mark or the bytes themselves ({@link io.rapport.importer.core.csv.TextEncoding}),
 * and RFC 4180 records streamed with their number, byte offset and original text
 * ({@link io.rapport.importer.core.csv.DelimitedReader}). Shared by the CSV importer and the survey import.
 */
package io.rapport.importer.core.csv;
