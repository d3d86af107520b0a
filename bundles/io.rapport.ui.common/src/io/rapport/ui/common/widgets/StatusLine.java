package io.rapport.ui.common.widgets;


import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * What a view shows and whether it is being computed, with a link to cancel the computation or to
 * compute again. Its label carries the state ({@link WidgetNames#STATE_KEY}).
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
        text.setData(WidgetNames.KEY, WidgetNames.STATUS);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        action = new Link(this, SWT.NONE);
        action.setData(WidgetNames.KEY, WidgetNames.STATUS_ACTION);
        action.addListener(SWT.Selection, e -> (computing ? this.onCancel : this.onRefresh).run());
        show(WidgetNames.STATE_NO_PROJECT, "No project is open.", false);
    }

    public void computing(String message) {
        show(WidgetNames.STATE_COMPUTING, message, true);
    }

    /** @param detail more about what is shown, as the tooltip */
    public void ready(String message, String detail) {
        show(WidgetNames.STATE_READY, message, false);
        text.setToolTipText(detail + " \u2014 " + message);
    }

    public void failed(String message) {
        show(WidgetNames.STATE_FAILED, message, false);
        text.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    /** @param message what the view shows now, e.g. "Cancelled: the dashboard shows nothing for these filters yet." */
    public void cancelled(String message) {
        show(WidgetNames.STATE_CANCELLED, message, false);
    }

    public void noProject() {
        show(WidgetNames.STATE_NO_PROJECT, "No project is open.", false);
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
        return (String) text.getData(WidgetNames.STATE_KEY);
    }

    private void show(String state, String message, boolean busy) {
        computing = busy;
        text.setData(WidgetNames.STATE_KEY, state);
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
