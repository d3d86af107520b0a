package io.rapport.core.store;

/** A project cannot be created, opened or changed. The message is meant for the user and names the project. */
public class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
