package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.AppIds;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the real workbench once (an e4 workbench does not start twice in one process) on a freshly written
 * sample project ({@code -Drapport.project}) and checks what a user sees: the Project Explorer lists every
 * dataset with the counts the store reports and the window is titled with the project; then another project
 * is opened (closing the sample) and a file imported into it through the import Job: the result dialog shows
 * the counts and the rejected line, and the explorer the new dataset.
 */
class WorkbenchUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** "1,204 imported  ·  3 duplicates  ·  0 rejected" as the explorer writes it. */
    private static final Pattern COUNTS = Pattern.compile("([\\d.,\u00a0\u202f']+) imported\\s+\u00b7\\s+"
            + "([\\d.,\u00a0\u202f']+) duplicates\\s+\u00b7\\s+([\\d.,\u00a0\u202f']+) rejected");

    @TempDir
    Path temp;

    @Test
    void explorerShowsTheSampleProjectThenAnImportIntoAnotherProject() throws Throwable {
        Path sample = temp.resolve("sample");
        String name;
        List<Dataset> datasets;
        long interactions;
        SampleProjects samples = Widgets.service(SampleProjects.class);
        try (ProjectStore store = samples.create(sample, new NullProgressMonitor())) {
            name = store.settings().name();
            datasets = store.datasets();
            interactions = store.summary().interactions();
        }
        assertFalse(datasets.isEmpty(), "the sample project has datasets");
        ProjectStoreProvider projects = Widgets.service(ProjectStoreProvider.class);
        Path other = temp.resolve("other");
        projects.create(other, ProjectSettings.named("Import Test")).close();
        Path file = exportWithOneBadLine(temp.resolve("mastodon-export.rapport.jsonl"), 1234);
        ImportService importer = Widgets.service(ImportService.class);

        WorkbenchRun.run(sample, run -> {
            MApplication app = run.workbench().getApplication();
            EModelService models = app.getContext().get(EModelService.class);
            MPart explorer = (MPart) models.find(AppIds.PROJECT_EXPLORER, app);
            assertNotNull(explorer, "the Project Explorer is in the layout");
            MWindow window = (MWindow) models.find(AppIds.MAIN_WINDOW, app);
            explorerShowsEveryDataset(run, explorer, name, datasets, interactions);
            assertTrue(((Shell) window.getWidget()).getText().contains(name),
                    "window title names the project: " + ((Shell) window.getWidget()).getText());

            ProjectJobs jobs = ContextInjectionFactory.make(ProjectJobs.class, window.getContext());
            jobs.open(other);
            assertTrue(run.waitUntil(TIMEOUT, () -> ((Shell) window.getWidget()).getText().startsWith("Import Test")),
                    "opening another project retitles the window: " + ((Shell) window.getWidget()).getText());
            importShowsResultAndNewDataset(run, explorer, jobs, file, importer);
        });
        try (ProjectStore store = projects.open(other)) {
            Display display = new Display();
            try {
                CsvMappingCheck.mappingIsMadeWithAPreviewAndImports(new Shell(display), temp, store, other, importer);
                ImportDialogCheck.previewShowsFormatsAndRecordsAndAFormatCanBePicked(display, temp, other, importer,
                        Widgets.service(ImporterRegistry.class));
            } finally {
                display.dispose();
            }
        }

        // the sample was closed when the other project opened, and that one when the workbench exited
        projects.open(sample).close();
        projects.open(other).close();
    }

    private static void explorerShowsEveryDataset(WorkbenchRun run, MPart explorer, String name,
            List<Dataset> datasets, long interactions) {
        boolean shown = run.waitUntil(TIMEOUT, () -> {
            TreeItem node = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer));
            return node != null && node.getItemCount() >= datasets.size();
        });
        Tree tree = UiTestSupport.tree(explorer);
        assertNotNull(tree, "the Project Explorer has a tree");
        String root = tree.getItemCount() == 0 ? "(empty)" : tree.getItem(0).getText();
        assertTrue(shown, "the explorer did not show the project's datasets within " + TIMEOUT
                + "; its first item reads: " + root);
        assertTrue(root.startsWith(name), "the tree's root is the project: " + root);

        TreeItem datasetsNode = UiTestSupport.datasetsNode(tree);
        assertEquals("Datasets (" + datasets.size() + ")", datasetsNode.getText());
        List<String> rows = Arrays.stream(datasetsNode.getItems()).map(TreeItem::getText).toList();
        assertEquals(datasets.size(), rows.size(), "one row per dataset: " + rows);
        for (Dataset d : datasets) {
            String file = Path.of(d.file()).getFileName().toString();
            String row = rows.stream().filter(r -> r.startsWith(file + "  ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + file + " in " + rows));
            assertTrue(row.contains(d.format()), "the row names the format " + d.format() + ": " + row);
            Matcher m = COUNTS.matcher(row);
            assertTrue(m.find(), "the row shows imported / duplicates / rejected counts: " + row);
            assertEquals(String.format("%,d", d.imported()), m.group(1), "imported of " + file);
            assertEquals(String.format("%,d", d.duplicates()), m.group(2), "duplicates of " + file);
            assertEquals(String.format("%,d", d.rejected()), m.group(3), "rejected of " + file);
        }
        assertTrue(totals(tree).contains(String.format("%,d", interactions) + " interactions"),
                "totals show the project's interactions: " + totals(tree));
    }

    private static void importShowsResultAndNewDataset(WorkbenchRun run, MPart explorer, ProjectJobs jobs, Path file,
            ImportService importer) {
        assertTrue(run.waitUntil(TIMEOUT, () -> {
            TreeItem node = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer));
            return node != null && node.getText().equals("Datasets (0)");
        }), "the explorer shows the other, empty project");
        // the result dialog runs its own modal loop: read and close it from a timer, which runs inside that loop
        AtomicReference<List<List<String>>> shown = new AtomicReference<>();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                Shell result = shell("Import Result");
                if (result == null) {
                    display.timerExec(100, this);
                    return;
                }
                shown.set(Widgets.findAll(result, Table.class).stream().map(WorkbenchUiTest::firstRow).toList());
                Button showLog = Widgets.findAll(result, Button.class).stream()
                        .filter(b -> b.getText().equals("Show in Import Log")).findFirst().orElse(null);
                if (showLog == null) {
                    result.close();
                } else {
                    showLog.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        jobs.importFiles(new ImportRequest(List.of(file), null, false), importer);

        assertTrue(run.waitUntil(TIMEOUT, () -> shown.get() != null), "the import result is shown");
        List<List<String>> tables = shown.get();
        assertEquals(2, tables.size(), "a table of files and one of rejected records: " + tables);
        assertEquals(List.of(file.getFileName().toString(), "rapport-jsonl", "1,234", "0", "1"), tables.get(0));
        assertEquals("1235", tables.get(1).get(1), "line of the rejected record: " + tables.get(1));

        assertTrue(run.waitUntil(TIMEOUT, () -> {
            TreeItem datasets = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer));
            return datasets != null && datasets.getText().equals("Datasets (1)");
        }), "the explorer shows the new dataset");
        String dataset = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer)).getItem(0).getText();
        assertTrue(dataset.startsWith(file.getFileName() + "  "), dataset);
        assertTrue(dataset.contains("1,234 imported") && dataset.contains("0 duplicates")
                && dataset.contains("1 rejected"), dataset);
        assertTrue(totals(UiTestSupport.tree(explorer)).contains("1,234 interactions"), totals(UiTestSupport.tree(explorer)));
        importLogShowsTheRejectedLineAndItsText(run);
    }

    /** "Show in Import Log" in the result dialog opened the Import Log on the new dataset's rejected line. */
    private static void importLogShowsTheRejectedLineAndItsText(WorkbenchRun run) {
        MApplication app = run.workbench().getApplication();
        EModelService models = app.getContext().get(EModelService.class);
        assertTrue(run.waitUntil(TIMEOUT, () -> {
            MPart log = (MPart) models.find(AppIds.IMPORT_LOG, app);
            if (log == null || !(log.getWidget() instanceof Composite c)) {
                return false;
            }
            List<Table> tables = Widgets.findAll(c, Table.class);
            return !tables.isEmpty() && tables.get(0).getItemCount() == 1;
        }), "the Import Log opens with the one rejected record");
        Composite log = (Composite) ((MPart) models.find(AppIds.IMPORT_LOG, app)).getWidget();
        Table rejected = Widgets.findAll(log, Table.class).get(0);
        assertEquals("1,235", rejected.getItem(0).getText(0), "line");
        assertTrue(rejected.getItem(0).getText(2).startsWith("invalid JSON"), rejected.getItem(0).getText(2));
        assertEquals("{\"channel\":\"mastodon\"", Widgets.findAll(log, StyledText.class).get(0).getText(),
                "the rejected line's text");
    }

    private static String totals(Tree tree) {
        return Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).filter(t -> t.startsWith("Totals"))
                .findFirst().orElse("");
    }

    private static Path exportWithOneBadLine(Path file, int records) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            lines.add("{\"channel\":\"mastodon\",\"id\":\"m" + i + "\",\"kind\":\"post\",\"author\":{\"handle\":\"user"
                    + (i % 50) + "\"},\"created_at\":\"2026-03-01T10:00:00Z\",\"text\":\"hello " + i + "\"}");
        }
        lines.add("{\"channel\":\"mastodon\"");
        return Files.write(file, lines);
    }

    private static List<String> firstRow(Table table) {
        if (table.getItemCount() == 0) {
            return List.of();
        }
        TableItem row = table.getItem(0);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            cells.add(row.getText(i));
        }
        return cells;
    }

    private static Shell shell(String title) {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && title.equals(s.getText())).findFirst().orElse(null);
    }
}
