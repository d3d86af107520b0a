package io.rapport.cli.internal;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.PrintStream;

/** Shows a percentage on the terminal while a long command runs; silent when stderr is not a terminal. */
final class ConsoleProgress extends NullProgressMonitor {
    private final PrintStream err;
    private final boolean interactive = System.console() != null;
    private String task = "";
    private int total;
    private double done;
    private int shown = -1;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        if (total == 0) {
            task = name;
            total = totalWork;
        }
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        show();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (interactive && shown >= 0) {
            err.print("\r" + " ".repeat(task.length() + 8) + "\r");
            err.flush();
        }
    }

    private void show() {
        if (!interactive || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != shown) {
            shown = percent;
            err.print("\r" + task + " " + percent + "%");
            err.flush();
        }
    }
}
