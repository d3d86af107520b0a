package io.rapport.cycle.ui.internal.widgets;

import io.rapport.cycle.ui.DashboardIds;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * What the dashboard shows and whether it is being computed, with a link to cancel the computation or to
 * compute again. Its label carries the state ({@link DashboardIds#STATE_KEY}).
 */
public final class StatusLine extends Composite {
    private final Label text;
    private final Link action;
    private final Runnable onCancel;
    private final Runnable onRefresh;
    private boolean computing;

    public StatusLine(Composite parent, Runnable onCancel, Runnable onRefresh) {
        super(parent, SWT.NONE);
        this.onCancel = onCancel;
        this.onRefresh = onRefresh;
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        text = new Label(this, SWT.NONE);
        text.setData(DashboardIds.WIDGET_KEY, DashboardIds.STATUS);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        action = new Link(this, SWT.NONE);
        action.setData(DashboardIds.WIDGET_KEY, DashboardIds.STATUS_ACTION);
        action.addListener(SWT.Selection, e -> (computing ? this.onCancel : this.onRefresh).run());
        show(DashboardIds.STATE_NO_PROJECT, "No project is open.", false);
    }

    public void computing(String message) {
        show(DashboardIds.STATE_COMPUTING, message, true);
    }

    /** @param detail more about what is shown, as the tooltip */
    public void ready(String message, String detail) {
        show(DashboardIds.STATE_READY, message, false);
        text.setToolTipText(detail + " \u2014 " + message);
    }

    public void failed(String message) {
        show(DashboardIds.STATE_FAILED, message, false);
        text.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    public void cancelled() {
        show(DashboardIds.STATE_CANCELLED, "Cancelled: the dashboard shows nothing for these filters yet.", false);
    }

    public void noProject() {
        show(DashboardIds.STATE_NO_PROJECT, "No project is open.", false);
        action.setText("");
        relayout();
    }

    /** A message about something done meanwhile (an export), keeping the state. */
    public void note(String message) {
        text.setText(message);
        text.setToolTipText(message);
        relayout();
    }

    public String state() {
        return (String) text.getData(DashboardIds.STATE_KEY);
    }

    private void show(String state, String message, boolean busy) {
        computing = busy;
        text.setData(DashboardIds.STATE_KEY, state);
        text.setForeground(null);
        text.setText(message);
        text.setToolTipText(message);
        action.setText(busy ? "<a>Cancel</a>" : "<a>Refresh</a>");
        relayout();
    }

    /** The texts' lengths change: the row the status sits in is laid out again. */
    private void relayout() {
        getParent().layout(new org.eclipse.swt.widgets.Control[] {text, action});
    }
}
