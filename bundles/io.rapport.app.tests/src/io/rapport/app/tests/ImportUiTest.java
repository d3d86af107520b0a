package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.AppIds;
import io.rapport.app.internal.ProjectJobs;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.model.ProjectSettings;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Imports a file through the workbench's import Job into an open project: the result dialog reports the
 * per-file counts and the rejected line, and the Project Explorer then lists the new dataset.
 */
class ImportUiTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @AfterEach
    void clearProperty() {
        System.clearProperty("rapport.project");
    }

    @Test
    void importShowsTheResultAndTheNewDataset() throws Throwable {
        Path project = temp.resolve("project");
        UiTestSupport.service(io.rapport.core.store.ProjectStoreProvider.class)
                .create(project, ProjectSettings.named("Import Test")).close();
        Path file = temp.resolve("mastodon-export.rapport.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1234; i++) {
            lines.add("{\"channel\":\"mastodon\",\"id\":\"m" + i + "\",\"kind\":\"post\",\"author\":{\"handle\":\"user"
                    + (i % 50) + "\"},\"created_at\":\"2026-03-01T10:00:00Z\",\"text\":\"hello " + i + "\"}");
        }
        lines.add("{\"channel\":\"mastodon\"");
        write(file, lines);
        ImportService importer = UiTestSupport.service(ImportService.class);
        System.setProperty("rapport.project", project.toString());

        WorkbenchRun.run(run -> {
            MApplication app = run.workbench().getApplication();
            EModelService models = app.getContext().get(EModelService.class);
            MPart explorer = (MPart) models.find(AppIds.PROJECT_EXPLORER, app);
            assertTrue(run.waitUntil(TIMEOUT, () -> UiTestSupport.datasetsNode(UiTestSupport.tree(explorer)) != null),
                    "the project opened");
            MWindow window = (MWindow) models.find(AppIds.MAIN_WINDOW, app);
            ProjectJobs jobs = ContextInjectionFactory.make(ProjectJobs.class, window.getContext());
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
                    shown.set(UiTestSupport.findAll(result, Table.class).stream().map(ImportUiTest::firstRow).toList());
                    result.close();
                }
            });
            jobs.importFiles(new ImportRequest(List.of(file), null, false), importer);

            assertTrue(run.waitUntil(TIMEOUT, () -> shown.get() != null), "the import result is shown");
            List<List<String>> tables = shown.get();
            assertEquals(2, tables.size(), "a table of files and one of rejected records: " + tables);
            assertEquals(List.of("mastodon-export.rapport.jsonl", "rapport-jsonl", "1,234", "0", "1"), tables.get(0));
            assertEquals("1235", tables.get(1).get(1), "line of the rejected record: " + tables.get(1));

            assertTrue(run.waitUntil(TIMEOUT, () -> {
                TreeItem datasets = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer));
                return datasets != null && datasets.getItemCount() == 1;
            }), "the explorer shows the new dataset");
            String dataset = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer)).getItem(0).getText();
            assertTrue(dataset.startsWith("mastodon-export.rapport.jsonl  "), dataset);
            assertTrue(dataset.contains("1,234 imported") && dataset.contains("0 duplicates")
                    && dataset.contains("1 rejected"), dataset);
            String totals = Arrays.stream(UiTestSupport.tree(explorer).getItem(0).getItems()).map(TreeItem::getText)
                    .filter(t -> t.startsWith("Totals")).findFirst().orElse("");
            assertTrue(totals.contains("1,234 interactions"), totals);
        });
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
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
                .findFirst().orElse(null);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
    }
}
