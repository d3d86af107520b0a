package io.rapport.cli;

import io.rapport.cli.internal.CommandLine;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs {@code rapport <command> [args]} in this OSGi runtime, with the installed services, exactly as the
 * {@code rapport} launcher does, writing to the given streams instead of the terminal.
 */
public final class RapportCli {
    private RapportCli() {
    }

    /** @return the command's exit code (0 ok, 1 internal error, 2 usage, 3 input rejected, 4 project busy) */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return CommandLine.inThisRuntime().run(args, out, err);
    }
}
