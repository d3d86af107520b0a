package io.rapport.store.duckdb.tests;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectStore;
import io.rapport.importer.jsonl.internal.InterchangeImporter;
import io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Path;

/**
 * The main class of the child processes of {@link ProcessBoundaryTest}, outside OSGi, using the store and the
 * importer as the product does. Modes:
 * <ul>
 * <li>{@code hold DIR}: opens the project, prints OPEN, waits until stdin closes</li>
 * <li>{@code import-then-hang DIR PHASE}: imports records without end; prints READY when PHASE
 * ({@code staging}: records appended; {@code finished}: dataset finished, not committed) is reached, then
 * waits to be killed</li>
 * <li>{@code import-file DIR FILE}: imports FILE with the interchange importer and commits; prints the counts</li>
 * </ul>
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        DuckDbProjectStoreProvider provider = new DuckDbProjectStoreProvider();
        switch (args[0]) {
            case "hold" -> {
                try (ProjectStore store = provider.open(dir)) {
                    System.out.println("OPEN " + ProcessHandle.current().pid());
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // hold the project until the parent closes our stdin
                    }
                }
            }
            case "import-then-hang" -> {
                ProjectStore store = provider.open(dir);
                ImportTransaction tx = store.beginImport();
                DatasetWriter w = tx.beginDataset("endless.rapport.jsonl", "rapport-jsonl");
                for (int i = 0; i < 300_000; i++) {
                    Interaction r = Records.post("x", "k" + i, "someone", "record " + i + " of an import that dies");
                    w.accept(r, Records.raw(r), i + 1, i * 100L);
                }
                if (args[2].equals("finished")) {
                    w.finish();
                }
                System.out.println("READY");
                System.out.flush();
                Thread.sleep(600_000);
            }
            case "import-file" -> {
                try (ProjectStore store = provider.open(dir); ImportTransaction tx = store.beginImport()) {
                    DatasetWriter w = tx.beginDataset(args[2], InterchangeImporter.FORMAT_ID);
                    new InterchangeImporter().read(ImportInput.of(Path.of(args[2])), w, new NullProgressMonitor());
                    var d = w.finish();
                    tx.commit();
                    Runtime rt = Runtime.getRuntime();
                    System.out.println("IMPORTED " + d.imported() + " REJECTED " + d.rejected() + " MAXHEAP "
                            + rt.maxMemory());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
