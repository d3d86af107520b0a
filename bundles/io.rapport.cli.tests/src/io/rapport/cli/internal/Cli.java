package io.rapport.cli.internal;

import org.osgi.framework.FrameworkUtil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code rapport ...} in this OSGi runtime with the real services, capturing what it prints. */
final class Cli implements AutoCloseable {
    private final OsgiServiceLookup lookup = new OsgiServiceLookup(FrameworkUtil.getBundle(Cli.class).getBundleContext());

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new CommandLine(new CliServices(lookup), "test").run(List.of(args), new Console(o, e));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A service of the same runtime, for comparing a command's output with the service's result. */
    <T> T service(Class<T> type) {
        return lookup.get(type);
    }

    @Override
    public void close() {
        lookup.close();
    }
}
