package io.rapport.core.store;

/**
 * Why a record of an input file was rejected, with the record's original text when the importer had it.
 *
 * @param line   1-based line number in the file (or record number for formats without lines)
 * @param offset byte offset of the record's start in the (decompressed) file, or -1 if unknown
 * @param raw    the rejected record as it was in the file, at most {@link #MAX_RAW_CHARS} characters (longer
 *               ones are cut and end with {@link #TRUNCATED}), or {@code null} if the importer could not
 *               delimit it (for example inside a truncated JSON document)
 */
public record RecordError(long line, long offset, String reason, String raw) {
    /** A rejected record's text is kept up to this many characters (a gigantic field is not kept whole). */
    public static final int MAX_RAW_CHARS = 64 * 1024;
    /** Ends a cut raw text. */
    public static final String TRUNCATED = " … [cut]";

    public RecordError {
        if (raw != null && raw.length() > MAX_RAW_CHARS) {
            raw = raw.substring(0, MAX_RAW_CHARS) + TRUNCATED;
        }
    }

    /** A rejection without the record's text. */
    public RecordError(long line, long offset, String reason) {
        this(line, offset, reason, null);
    }
}
