package io.rapport.ui.testsupport;

import io.rapport.app.AppIds;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs the real Rapport workbench (Application.e4xmi, addons, renderers, installed model fragments) in the
 * test's own thread, runs the checks in its UI thread once the event loop is up, closes it and rethrows what the
 * checks threw. An e4 workbench starts once per process: one run per test runtime.
 */
public final class WorkbenchRun {

    /** Checks to run against the running workbench, in the UI thread. */
    @FunctionalInterface
    public interface Checks {
        void run(WorkbenchRun run) throws Exception;
    }

    /** The system property the workbench's startup addon opens a project from. */
    private static final String PROJECT_PROPERTY = "rapport.project";

    private final Display display;
    private final E4Workbench workbench;

    private WorkbenchRun(Display display, E4Workbench workbench) {
        this.display = display;
        this.workbench = workbench;
    }

    public E4Workbench workbench() {
        return workbench;
    }

    /**
     * Runs the workbench on {@code project}: the startup addon opens it ({@code -Drapport.project}, set for the
     * run only).
     */
    public static void run(Path project, Checks checks) throws Throwable {
        System.setProperty(PROJECT_PROPERTY, project.toString());
        try {
            run(checks);
        } finally {
            System.clearProperty(PROJECT_PROPERTY);
        }
    }

    public static void run(Checks checks) throws Throwable {
        String displayName = System.getenv("DISPLAY");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalStateException("The workbench UI test needs a display: run the build under xvfb-run");
        }
        Display display = new Display();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            E4Application application = new E4Application();
            E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(), display);
            WorkbenchRun run = new WorkbenchRun(display, workbench);
            display.asyncExec(() -> {
                try {
                    checks.run(run);
                } catch (Throwable t) {
                    failure.set(t);
                } finally {
                    workbench.close();
                }
            });
            workbench.createAndRunUI(workbench.getApplication());
        } finally {
            if (!display.isDisposed()) {
                display.dispose();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Spins the event loop until the condition holds or the time is up; returns whether it holds. */
    public boolean waitUntil(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            // wake up now and then: Jobs finish without necessarily posting to the display
            display.timerExec(50, () -> {
            });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return true;
    }

    /** The main window of the running workbench. */
    public MWindow window() {
        MApplication app = workbench.getApplication();
        return (MWindow) app.getContext().get(EModelService.class).find(AppIds.MAIN_WINDOW, app);
    }

    /**
     * Opens a view through the Show View command, as Window ▸ Show View does, and returns its part (its widget
     * is rendered).
     */
    public MPart showView(String partId) {
        MWindow window = window();
        ECommandService commands = window.getContext().get(ECommandService.class);
        EHandlerService handlers = window.getContext().get(EHandlerService.class);
        handlers.executeHandler(commands.createCommand(AppIds.COMMAND_SHOW_VIEW,
                Map.of(AppIds.PARAMETER_PART_ID, partId)));
        MPart part = window.getContext().get(EPartService.class).findPart(partId);
        if (part == null || part.getWidget() == null) {
            throw new AssertionError("Show View did not open and render " + partId);
        }
        return part;
    }

    /**
     * Sizes the main window to at most 1600 × 1000 with the project explorer narrow and the views wide, lets it
     * repaint, and saves what the screen shows of it to {@code target/screenshots/<name>.png}; returns the file.
     */
    public Path screenshot(String name) throws IOException {
        MApplication app = workbench.getApplication();
        EModelService models = app.getContext().get(EModelService.class);
        models.find(AppIds.EXPLORER_STACK, app).setContainerData("2200");
        models.find(AppIds.VIEWS_STACK, app).setContainerData("7800");
        Shell shell = (Shell) window().getWidget();
        Rectangle screen = display.getPrimaryMonitor().getBounds();
        shell.setBounds(screen.x, screen.y, Math.min(screen.width, 1600), Math.min(screen.height, 1000));
        shell.layout(true, true);
        idle(Duration.ofSeconds(2));
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        image.dispose();
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file.toAbsolutePath();
    }

    public Display display() {
        return display;
    }

    /** Spins the event loop for {@code time}, e.g. to let a window repaint before a screenshot. */
    public void idle(Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        waitUntil(time.plusSeconds(1), () -> System.nanoTime() > deadline);
    }

    /** What the product definition passes to the E4Application, with the saved model ignored. */
    private static final class TestApplicationContext implements IApplicationContext {
        private final Bundle app = appBundle();

        /** The product's defining bundle, io.rapport.app. */
        private static Bundle appBundle() {
            for (Bundle b : FrameworkUtil.getBundle(WorkbenchRun.class).getBundleContext().getBundles()) {
                if ("io.rapport.app".equals(b.getSymbolicName())) {
                    return b;
                }
            }
            throw new IllegalStateException("io.rapport.app is not installed in the test runtime");
        }
        private final Map<String, String> branding = Map.of("applicationXMI", "io.rapport.app/Application.e4xmi",
                "appName", "Rapport", "clearPersistedState", "true", "persistState", "false");

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { "-clearPersistedState" });
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return "io.rapport.app.application";
        }

        @Override
        public String getBrandingName() {
            return "Rapport";
        }

        @Override
        public String getBrandingDescription() {
            return "Rapport workbench under test";
        }

        @Override
        public String getBrandingId() {
            return "io.rapport.app.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return branding.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return app;
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
