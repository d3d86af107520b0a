package io.rapport.core.importer;

/**
 * An input cannot be imported at all: missing, unreadable, or of no known format. The message is one line
 * naming the file.
 */
public class ImportInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportInputException(String message) {
        super(message);
    }

    public ImportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
