package io.rapport.importer.xarchive.internal;

/** A record that cannot be mapped; its message is the user-facing reason, naming the field. */
final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String reason) {
        super(reason, null, false, false); // thrown per bad record: no stack trace to fill
    }
}
