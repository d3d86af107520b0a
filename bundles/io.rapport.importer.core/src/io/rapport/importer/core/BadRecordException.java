package io.rapport.importer.core;

/**
 * A record that cannot be mapped; its message is the user-facing reason (naming the field), shown in the import
 * log next to the record's file, line or offset.
 */
public final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRecordException(String reason) {
        super(reason, null, false, false); // thrown per bad record, possibly millions of times: no stack trace
    }
}
