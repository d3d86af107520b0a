package io.rapport.store.duckdb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectLockedException;
import io.rapport.core.store.ProjectStore;
import io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What happens across processes: a project open elsewhere, an import killed with SIGKILL, a huge file. */
class ProcessBoundaryTest {
    private final DuckDbProjectStoreProvider provider = new DuckDbProjectStoreProvider();

    private void createWithRecords(Path dir, int records) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("Before the crash"));
                ImportTransaction tx = store.beginImport()) {
            DatasetWriter w = tx.beginDataset("first.rapport.jsonl", "rapport-jsonl");
            for (int i = 0; i < records; i++) {
                Interaction r = Records.post("x", "a" + i, "alice", "kept " + i);
                w.accept(r, Records.raw(r), i + 1, i * 10L);
            }
            w.finish();
            tx.commit();
        }
    }

    private static long count(ProjectStore store, String sql) throws Exception {
        long[] n = new long[1];
        store.query(sql, List.of(), r -> n[0] = ((Number) r.get(0)).longValue());
        return n[0];
    }

    @Test
    void aProjectOpenInAnotherProcessIsRefusedWithItsNameAndProcess(@TempDir Path dir) throws Exception {
        provider.create(dir, ProjectSettings.named("Acme CX")).close();
        try (ChildJvm child = ChildJvm.start(StoreChild.class, List.of("-Xmx128m"), "hold", dir.toString())) {
            child.awaitLine("OPEN");
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> provider.open(dir));
            assertTrue(e.getMessage().contains("'Acme CX'"), e.getMessage());
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("open in another process (PID " + child.pid() + ")"), e.getMessage());
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals("Acme CX", store.settings().name(), "the project opens once the other process is gone");
        }
    }

    @ParameterizedTest(name = "killed while {0}")
    @ValueSource(strings = { "staging", "finished" })
    void anImportKilledMidwayLeavesTheProjectAsBefore(String phase, @TempDir Path dir) throws Exception {
        createWithRecords(dir, 250);
        List<Dataset> before;
        try (ProjectStore store = provider.open(dir)) {
            before = store.datasets();
        }
        try (ChildJvm child = ChildJvm.start(StoreChild.class, List.of("-Xmx256m"), "import-then-hang", dir.toString(), phase)) {
            child.awaitLine("READY");
            child.kill();
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(250, count(store, "SELECT count(*) FROM interactions"));
            assertEquals(0, count(store, "SELECT count(*) FROM interactions WHERE source_id LIKE 'k%'"));
            assertEquals(before, store.datasets());
            assertEquals(0, count(store, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'import_staging'"));
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("after.rapport.jsonl", "rapport-jsonl");
                Interaction r = Records.post("x", "after1", "bob", "the next import works");
                w.accept(r, Records.raw(r), 1, 0);
                assertEquals(1, w.finish().imported());
                tx.commit();
            }
            assertEquals(251, count(store, "SELECT count(*) FROM interactions"));
        }
    }

    @Test
    void aFileSeveralTimesTheHeapStreamsThrough(@TempDir Path dir) throws Exception {
        int heapMb = 64;
        Path file = dir.resolve("big.rapport.jsonl");
        long rows = 0;
        String padding = "x".repeat(120);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (rows < 1_700_000) {
                w.write("{\"channel\":\"reddit\",\"id\":\"t1_" + rows + "\",\"kind\":\"comment\",\"author\":{\"handle\":\"u"
                        + (rows % 5000) + "\"},\"created_at\":\"2025-06-01T12:00:00Z\",\"text\":\"" + padding + " " + rows + "\"}\n");
                rows++;
            }
        }
        long size = Files.size(file);
        assertTrue(size > 4L * heapMb * 1024 * 1024, "the file (" + size + " bytes) must be over 4x the heap");
        Path project = dir.resolve("project");
        provider.create(project, ProjectSettings.named("big")).close();
        try (ChildJvm child = ChildJvm.start(StoreChild.class, List.of("-Xmx" + heapMb + "m", "-XX:+UseSerialGC"),
                "import-file", project.toString(), file.toString())) {
            String result = child.awaitLine("IMPORTED");
            assertTrue(result.startsWith("IMPORTED " + rows + " REJECTED 0 "), result);
            assertEquals(0, child.waitFor(60));
        }
        try (ProjectStore store = provider.open(project)) {
            assertEquals(rows, count(store, "SELECT count(*) FROM interactions"));
        }
    }
}
