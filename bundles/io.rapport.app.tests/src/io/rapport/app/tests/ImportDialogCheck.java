package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.internal.dialogs.ImportDialog;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.AccountRef;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * File ▸ Import… before anything is imported: each file with the format picked and why, the first records of
 * the selected one as they will be imported, a format picked for one input alone (its preview follows), the
 * account that answers suggested as ours when the project names none, and the request the import runs with.
 */
final class ImportDialogCheck {
    private ImportDialogCheck() {
    }

    static void previewShowsFormatsAndRecordsAndAFormatCanBePicked(Display display, Path temp, Path projectDir,
            ImportService importer, ImporterRegistry registry) throws Exception {
        Path first = Files.write(temp.resolve("first.rapport.jsonl"), List.of(line("1", "hello there"),
                line("2", "second post"), "{\"channel\":\"x\",\"id\":\"4\",\"kind\":\"reply\",\"author\":"
                        + "{\"handle\":\"acme\"},\"created_at\":\"2026-03-04T10:00:00Z\",\"text\":\"On it\","
                        + "\"in_reply_to\":\"1\"}"));
        Path second = Files.write(temp.resolve("second.rapport.jsonl"), List.of(line("3", "third")));
        ImportDialog dialog = new ImportDialog(new Shell(display), "Import Test", projectDir, registry.descriptors(),
                request -> importer.preview(request, 10, new NullProgressMonitor()), false);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.addInput(first);
            dialog.addInput(second);
            waitUntil(display, () -> dialog.previewedFiles().size() == 2
                    && !dialog.previewedFiles().get(1).contains("\u2026"));
            assertTrue(dialog.previewedFiles().get(0).contains("first.rapport.jsonl | Rapport interchange format"),
                    dialog.previewedFiles().toString());
            assertEquals(3, dialog.previewedRecords().size(), "the first file's records");
            assertTrue(dialog.previewedRecords().get(0).startsWith("1 | 1 | 2026-03-01T10:00:00Z | post | ann | "
                    + "hello there"), dialog.previewedRecords().toString());

            // the project names no account of ours: the author who answers is suggested
            dialog.suggestAccounts();

            dialog.formatOf(first, "reddit");
            waitUntil(display, () -> dialog.previewedFiles().size() == 2
                    && dialog.previewedFiles().get(0).contains("(reddit)"));
            assertTrue(dialog.previewedFiles().get(1).contains("(rapport-jsonl)"), "the other input is recognised");
            assertTrue(dialog.previewedRecords().stream().allMatch(r -> r.contains("rejected: ")),
                    "read as Reddit comments, the lines are rejected: " + dialog.previewedRecords());

            dialog.pressImport();
            ImportRequest request = dialog.request();
            assertEquals(List.of(first, second), request.inputs());
            assertEquals(Map.of(first, "reddit"), request.formatByInput());
            assertEquals(List.of(AccountRef.parse("x:acme")), dialog.ourAccountsToAdd());
        } finally {
            dialog.close();
        }
    }

    private static String line(String id, String text) {
        return "{\"channel\":\"x\",\"id\":\"" + id + "\",\"kind\":\"post\",\"author\":{\"handle\":\"ann\"},"
                + "\"created_at\":\"2026-03-0" + id + "T10:00:00Z\",\"text\":\"" + text + "\"}";
    }

    private static void waitUntil(Display display, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import dialog's preview did not show in time");
            }
            display.timerExec(50, () -> {
            });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }
}
