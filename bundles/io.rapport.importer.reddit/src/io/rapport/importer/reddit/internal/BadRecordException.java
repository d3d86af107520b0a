package io.rapport.importer.reddit.internal;

/** A record that cannot be mapped, with a user-facing reason naming the field. Cheap: no stack trace. */
final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
