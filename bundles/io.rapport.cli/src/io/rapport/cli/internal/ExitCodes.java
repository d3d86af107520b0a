package io.rapport.cli.internal;

/** The exit codes of every command, as documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    /** Wrong usage, or a missing or unreadable file or project. */
    static final int USAGE = 2;
    /** Input rejected (strict import with bad records). */
    static final int REJECTED = 3;
    /** The project is open in another process. */
    static final int PROJECT_BUSY = 4;

    private ExitCodes() {
    }
}
