package io.rapport.extensions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.extensions.ExtensionManager;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's Help menu has Install Extensions and Check for Updates above About, each bound to a handler;
 * the Install Extensions dialog opens, shows its two tables and, in a runtime that is not a p2-installed product
 * (this test's), says so instead of failing. (Installing into a real product is the extensions-test.sh's part.)
 */
class ExtensionsMenuUiTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Test
    void helpMenuOffersInstallAndUpdatesAndTheDialogExplainsAnInstallationWithoutP2() throws Throwable {
        WorkbenchRun.run(run -> {
            MApplication app = run.workbench().getApplication();
            MMenu help = run.window().getMainMenu().getChildren().stream()
                    .filter(m -> m.getElementId().equals("io.rapport.app.menu.help")).map(MMenu.class::cast)
                    .findFirst().orElse(null);
            assertNotNull(help, "the Help menu");
            List<String> labels = new ArrayList<>();
            for (MMenuElement e : help.getChildren()) {
                labels.add(e instanceof MHandledMenuItem item ? item.getLabel() : "---");
            }
            assertEquals(List.of("&Install Extensions...", "Check for &Updates...", "---", "&About Rapport"), labels);
            for (MMenuElement e : help.getChildren()) {
                if (e instanceof MHandledMenuItem item) {
                    assertTrue(app.getHandlers().stream().anyMatch(h -> h.getCommand() == item.getCommand()),
                            item.getLabel() + " has a handler");
                }
            }

            BundleContext context = FrameworkUtil.getBundle(ExtensionsMenuUiTest.class).getBundleContext();
            ExtensionManager extensions = context.getService(context.getServiceReference(ExtensionManager.class));
            ExtensionsDialog dialog = new ExtensionsDialog(run.display().getActiveShell(), extensions,
                    new RestartPrompt(app.getContext().get(IWorkbench.class)));
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                assertTrue(run.waitUntil(TIMEOUT, () -> errorText(dialog.getShell()).contains("has no p2 profile")),
                        "the dialog says why nothing can be installed here: " + errorText(dialog.getShell()));
                List<String> tables = new ArrayList<>();
                collect(dialog.getShell(), w -> w instanceof Table t && t.getData("name") != null, tables);
                assertEquals(List.of("available", "installed"), tables);
            } finally {
                dialog.close();
            }
        });
    }

    /** Everything the dialog shows as text (its title area's error message among it). */
    private static String errorText(Widget root) {
        StringBuilder b = new StringBuilder();
        visit(root, w -> {
            if (w instanceof org.eclipse.swt.widgets.Text t) {
                b.append(t.getText()).append('\n');
            } else if (w instanceof org.eclipse.swt.widgets.Label l) {
                b.append(l.getText()).append('\n');
            }
        });
        return b.toString();
    }

    private static void collect(Widget root, java.util.function.Predicate<Widget> match, List<String> names) {
        visit(root, w -> {
            if (match.test(w)) {
                names.add((String) w.getData("name"));
            }
        });
    }

    private static void visit(Widget w, java.util.function.Consumer<Widget> visitor) {
        visitor.accept(w);
        if (w instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                visit(child, visitor);
            }
        }
    }
}
