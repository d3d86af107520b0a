package io.rapport.cli.internal;

/** Wrong arguments: printed as one line with the command's usage hint, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
