package io.rapport.store.duckdb.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real second Java process running one of this fragment's main classes with the store's classes on a plain
 * class path (found from the classes' code sources), for the tests that need another process: a lock held
 * elsewhere, a process killed with SIGKILL, an import under a small heap.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Path tmpdir;

    private ChildJvm(Process process, Path tmpdir) {
        this.process = process;
        this.tmpdir = tmpdir;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // DuckDB unpacks its 55 MB native library into java.io.tmpdir and a killed process never removes it
        Path tmpdir = Files.createTempDirectory("rapport-child");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Djava.io.tmpdir=" + tmpdir);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ChildJvm(pb.start(), tmpdir);
    }

    /** Waits for a line starting with {@code prefix} on the child's stdout; fails if the child ends first. */
    String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the child process ended (exit " + exitCode() + ") before printing '" + prefix + "'");
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: no shutdown hooks, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child process did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    private int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(tmpdir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary file is not a test failure
        }
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(ChildJvm.class, io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider.class,
                io.rapport.core.model.Interaction.class, io.rapport.importer.jsonl.internal.InterchangeImporter.class,
                io.rapport.importer.core.ByteLineReader.class,
                org.duckdb.DuckDBDriver.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class,
                org.eclipse.core.runtime.IProgressMonitor.class,
                org.eclipse.osgi.service.debug.DebugOptionsListener.class)) {
            entries.add(location(c));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot find the class path entry of " + c.getName(), e);
        }
    }
}
