package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finding widgets of the running workbench and OSGi services for the UI tests. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /** The "Datasets (n)" node under the project, or null while no project is shown. */
    static TreeItem datasetsNode(Tree tree) {
        if (tree == null || tree.isDisposed() || tree.getItemCount() == 0) {
            return null;
        }
        return Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getText().startsWith("Datasets")).findFirst()
                .orElse(null);
    }

    static Tree tree(MPart part) {
        return part.getWidget() instanceof Control c ? find(c, Tree.class) : null;
    }

    static <T extends Control> T find(Control root, Class<T> type) {
        List<T> all = findAll(root, type);
        return all.isEmpty() ? null : all.get(0);
    }

    static <T extends Control> List<T> findAll(Control root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> out) {
        if (type.isInstance(control)) {
            out.add(type.cast(control));
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, type, out);
            }
        }
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(UiTestSupport.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        assertNotNull(service, type.getSimpleName() + " service is available");
        return service;
    }
}
