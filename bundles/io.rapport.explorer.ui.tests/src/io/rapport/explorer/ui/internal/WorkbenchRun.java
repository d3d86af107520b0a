package io.rapport.explorer.ui.internal;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * (A copy of io.rapport.app.tests' WorkbenchRun, until the UI tests share one.)
 * Runs the real Rapport workbench (Application.e4xmi, addons, renderers) in the test's own thread, runs the
 * checks in its UI thread once the event loop is up, closes it and rethrows what the checks threw.
 */
final class WorkbenchRun {

    /** Checks to run against the running workbench, in the UI thread. */
    @FunctionalInterface
    interface Checks {
        void run(WorkbenchRun run) throws Exception;
    }

    private final Display display;
    private final E4Workbench workbench;

    private WorkbenchRun(Display display, E4Workbench workbench) {
        this.display = display;
        this.workbench = workbench;
    }

    E4Workbench workbench() {
        return workbench;
    }

    static void run(Checks checks) throws Throwable {
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
    boolean waitUntil(Duration timeout, BooleanSupplier condition) {
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

    /** What the product definition passes to the E4Application, with the saved model ignored. */
    private static final class TestApplicationContext implements IApplicationContext {
        private final Bundle app = FrameworkUtil.getBundle(WorkbenchRun.class);
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
