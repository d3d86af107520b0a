package io.rapport.cli.internal;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, diagnostics and progress to {@code err}. */
record Console(PrintStream out, PrintStream err) {
}
