package io.rapport.ui.testsupport;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Finding the widgets of a running workbench, and OSGi services, in UI tests. Call in the UI thread. */
public final class Widgets {
    private Widgets() {
    }

    /** The first control of {@code type} under {@code root} (depth first, {@code root} included), or null. */
    public static <T extends Control> T find(Control root, Class<T> type) {
        List<T> all = findAll(root, type);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every control of {@code type} under {@code root}, depth first, {@code root} included. */
    public static <T extends Control> List<T> findAll(Control root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    /**
     * The widget under {@code root} (tool items included) whose {@code getData(key)} is {@code name}, or null.
     */
    public static <T extends Widget> T named(Control root, String key, String name, Class<T> type) {
        for (Control c : findAll(root, Control.class)) {
            if (type.isInstance(c) && Objects.equals(c.getData(key), name)) {
                return type.cast(c);
            }
            if (c instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (type.isInstance(item) && Objects.equals(item.getData(key), name)) {
                        return type.cast(item);
                    }
                }
            }
        }
        return null;
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

    /** Waits (up to 30 s) for a service, as Declarative Services registers it. */
    public static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Widgets.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        if (service == null) {
            throw new AssertionError(type.getSimpleName() + " service is not available");
        }
        return service;
    }
}
