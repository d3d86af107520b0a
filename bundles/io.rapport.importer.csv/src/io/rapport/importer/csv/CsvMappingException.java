package io.rapport.importer.csv;

/**
 * A mapping file that cannot be used: its message is one line naming the file and the JSON path of what is
 * wrong, as in {@code support.mapping.json: $.fields.created_at.zone: unknown time zone 'Europe/Londn'}.
 */
public final class CsvMappingException extends Exception {
    private static final long serialVersionUID = 1L;

    public CsvMappingException(String message) {
        super(message);
    }

    public CsvMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
