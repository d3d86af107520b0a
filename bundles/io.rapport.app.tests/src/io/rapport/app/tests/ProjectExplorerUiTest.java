package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.AppIds;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.sample.SampleProjects;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the real workbench on a freshly written sample project ({@code -Drapport.project}) and checks that
 * the Project Explorer shows every dataset with the counts the store reports, and that the window is titled
 * with the project's name.
 */
class ProjectExplorerUiTest {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(90);
    /** "1,204 imported  ·  3 duplicates  ·  0 rejected" as the explorer writes it. */
    private static final Pattern COUNTS = Pattern.compile(
            "([\\d.,\u00a0\u202f']+) imported\\s+\u00b7\\s+([\\d.,\u00a0\u202f']+) duplicates\\s+\u00b7\\s+([\\d.,\u00a0\u202f']+) rejected");

    @TempDir
    Path temp;

    @AfterEach
    void clearProperty() {
        System.clearProperty("rapport.project");
    }

    @Test
    void explorerShowsEveryDatasetWithTheStoreCounts() throws Throwable {
        Path project = temp.resolve("sample");
        String name;
        List<Dataset> datasets;
        long interactions;
        SampleProjects samples = UiTestSupport.service(SampleProjects.class);
        try (ProjectStore store = samples.create(project, new NullProgressMonitor())) {
            name = store.settings().name();
            datasets = store.datasets();
            interactions = store.summary().interactions();
        }
        assertFalse(datasets.isEmpty(), "the sample project has datasets");
        System.setProperty("rapport.project", project.toString());

        WorkbenchRun.run(run -> {
            MApplication app = run.workbench().getApplication();
            EModelService models = app.getContext().get(EModelService.class);
            MPart explorer = (MPart) models.find(AppIds.PROJECT_EXPLORER, app);
            assertNotNull(explorer, "the Project Explorer is in the layout");
            boolean shown = run.waitUntil(OPEN_TIMEOUT, () -> {
                TreeItem node = UiTestSupport.datasetsNode(UiTestSupport.tree(explorer));
                return node != null && node.getItemCount() >= datasets.size();
            });
            Tree tree = UiTestSupport.tree(explorer);
            assertNotNull(tree, "the Project Explorer has a tree");
            String root = tree.getItemCount() == 0 ? "(empty)" : tree.getItem(0).getText();
            assertTrue(shown, "the explorer did not show the project's datasets within " + OPEN_TIMEOUT
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
            String totals = Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText)
                    .filter(t -> t.startsWith("Totals")).findFirst().orElse("");
            assertTrue(totals.contains(String.format("%,d", interactions) + " interactions"),
                    "totals show the project's interactions: " + totals);

            MWindow window = (MWindow) models.find(AppIds.MAIN_WINDOW, app);
            Shell shell = (Shell) window.getWidget();
            assertTrue(shell.getText().contains(name), "window title names the project: " + shell.getText());
        });

        // the workbench closed the project on exit: it opens again at once
        UiTestSupport.service(ProjectStoreProvider.class).open(project).close();
    }
}
