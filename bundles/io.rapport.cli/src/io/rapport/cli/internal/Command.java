package io.rapport.cli.internal;

import java.util.List;

/** One {@code rapport <command>}. */
interface Command {
    String name();

    /** One line for {@code rapport --help}. */
    String summary();

    /** The full text of {@code rapport <command> --help}. */
    String help();

    /**
     * Runs the command; {@code --help} has already been handled.
     *
     * @return the exit code
     */
    int run(List<String> args, Console console) throws Exception;
}
