package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A .zst dump that decompresses to several times the heap streams through a JVM with a 32 MB heap. */
class StreamingTest {
    private static final int HEAP_MB = 32;
    private static final int RECORDS = 250_000;

    @Test
    void aDumpFarLargerThanTheHeapStreamsThrough(@TempDir Path tmp) throws Exception {
        Path dump = tmp.resolve("RC_2023-01.zst");
        SyntheticDump.writeZstd(dump, RECORDS, 1);
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", classPath(), StreamingChild.class.getName(), dump.toString());
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
            }
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        assertEquals(0, child.exitValue(), String.join("\n", output));
        String result = output.stream().filter(l -> l.startsWith("read ")).findFirst().orElseThrow(() -> new AssertionError(output));
        String[] f = result.split(" ");
        assertEquals(List.of(String.valueOf(RECORDS), "0"), List.of(f[1], f[2]), String.join("\n", output));
        long rawChars = Long.parseLong(f[3]);
        assertTrue(rawChars > 4L * HEAP_MB << 20, "the dump must be several times the heap: " + rawChars);
        System.out.println("streaming: " + Files.size(dump) / 1024 + " KB .zst, " + (rawChars >> 20) + " M chars of records,"
                + " peak heap " + f[4] + " MB of " + HEAP_MB + " MB");
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(StreamingChild.class, RedditImporter.class, io.rapport.core.model.Interaction.class,
                io.rapport.importer.core.ByteLineReader.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.github.luben.zstd.ZstdInputStream.class,
                org.eclipse.core.runtime.IProgressMonitor.class, org.eclipse.osgi.service.debug.DebugOptionsListener.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot find the class path entry of " + c.getName(), e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
