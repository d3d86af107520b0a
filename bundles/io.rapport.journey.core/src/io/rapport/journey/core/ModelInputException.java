package io.rapport.journey.core;

/** A maturity model file that cannot be used, with the file, the JSON path and the reason in its message. */
public final class ModelInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelInputException(String message) {
        super(message);
    }

    public ModelInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
