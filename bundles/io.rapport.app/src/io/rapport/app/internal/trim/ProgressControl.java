package io.rapport.app.internal.trim;

import io.rapport.app.internal.progress.RunningJobs;
import io.rapport.app.internal.progress.RunningJobs.Progress;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The progress indicator in the status trim: the running Job's name and task, a progress bar, and a button
 * that cancels it. Hidden while nothing runs.
 */
public final class ProgressControl {
    /** Monitors report often; the indicator repaints at most this often (ms). */
    private static final int REPAINT_DELAY = 120;

    private final AtomicBoolean repaintScheduled = new AtomicBoolean();
    private RunningJobs jobs;
    private Composite area;
    private Label label;
    private ProgressBar bar;
    private ToolItem cancel;
    private Runnable listener;

    @PostConstruct
    void create(Composite parent, RunningJobs runningJobs) {
        this.jobs = runningJobs;
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 4;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        label.setLayoutData(GridDataFactoryHint.width(320));
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(100);
        bar.setLayoutData(GridDataFactoryHint.width(160));
        ToolBar toolBar = new ToolBar(area, SWT.FLAT | SWT.RIGHT);
        cancel = new ToolItem(toolBar, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> cancelOldest());
        listener = this::scheduleRepaint;
        jobs.addListener(listener);
        repaint();
    }

    @PreDestroy
    void dispose() {
        if (jobs != null) {
            jobs.removeListener(listener);
        }
    }

    private void cancelOldest() {
        List<Progress> running = jobs.snapshot();
        if (!running.isEmpty()) {
            running.get(0).job().cancel();
        }
    }

    /** Called from any thread. */
    private void scheduleRepaint() {
        if (area.isDisposed() || !repaintScheduled.compareAndSet(false, true)) {
            return;
        }
        area.getDisplay().asyncExec(() -> {
            if (!area.isDisposed()) {
                area.getDisplay().timerExec(REPAINT_DELAY, () -> {
                    repaintScheduled.set(false);
                    repaint();
                });
            }
        });
    }

    private void repaint() {
        if (area.isDisposed()) {
            return;
        }
        List<Progress> running = jobs.snapshot();
        boolean busy = !running.isEmpty();
        if (busy) {
            Progress first = running.get(0);
            String text = first.task().isEmpty() ? first.name() : first.task();
            if (first.cancelling()) {
                text = "Cancelling: " + text;
            }
            if (running.size() > 1) {
                text += "  (+" + (running.size() - 1) + " more)";
            }
            label.setText(text);
            label.setToolTipText(first.name());
            bar.setSelection(Math.max(0, first.percent()));
            bar.setToolTipText(first.percent() < 0 ? "working…" : first.percent() + " %");
            cancel.setToolTipText("Cancel \u201c" + first.name() + "\u201d");
            cancel.setEnabled(!first.cancelling());
        }
        label.setVisible(busy);
        bar.setVisible(busy);
        cancel.getParent().setVisible(busy);
        area.layout(true);
    }

    /** Fixed-width grid cells, so the trim does not jump while texts change. */
    private static final class GridDataFactoryHint {
        static GridData width(int pixels) {
            GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
            d.widthHint = pixels;
            return d;
        }
    }
}
