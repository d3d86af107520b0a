package io.rapport.extensions;

/** An extension operation that could not be done; the message says why in one or a few lines. */
public class ExtensionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtensionException(String message) {
        super(message);
    }

    public ExtensionException(String message, Throwable cause) {
        super(message, cause);
    }
}
