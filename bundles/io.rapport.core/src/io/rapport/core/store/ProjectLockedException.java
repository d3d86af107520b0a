package io.rapport.core.store;

/** The project is open in another process; the message names the project and, when known, that process. */
public class ProjectLockedException extends ProjectException {
    private static final long serialVersionUID = 1L;

    public ProjectLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
