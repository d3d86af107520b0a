package io.rapport.core.store;

/**
 * Why a record of an input file was rejected.
 *
 * @param line   1-based line number in the file (or record number for formats without lines)
 * @param offset byte offset of the record's start in the (decompressed) file, or -1 if unknown
 */
public record RecordError(long line, long offset, String reason) {
}
