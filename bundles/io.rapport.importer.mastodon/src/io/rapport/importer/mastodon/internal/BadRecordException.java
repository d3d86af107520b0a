package io.rapport.importer.mastodon.internal;

/** A record that cannot be mapped; the message is the user-facing reason and names the field. */
final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
