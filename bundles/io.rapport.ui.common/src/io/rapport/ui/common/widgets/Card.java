package io.rapport.ui.common.widgets;


import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * A titled panel of a view: a heading with export buttons on the right, a note under it (what the numbers
 * are based on), and a body for a chart or table.
 */
public final class Card extends Composite {
    private final String title;
    private final Label note;
    private final ToolBar exports;
    private final Composite body;

    public Card(Composite parent, String title, String explanation) {
        super(parent, SWT.NONE);
        this.title = title;
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 4;
        layout.verticalSpacing = 2;
        setLayout(layout);
        Label heading = new Label(this, SWT.NONE);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setText(title);
        heading.setToolTipText(explanation);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        exports = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
        note = new Label(this, SWT.NONE);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        note.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        body = new Composite(this, SWT.NONE);
        body.setLayout(new FillLayout());
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    public String title() {
        return title;
    }

    /** Where the chart or table goes (a FillLayout). */
    public Composite body() {
        return body;
    }

    /** Names the line under the heading ({@link WidgetNames#KEY}). */
    public void nameNote(String id) {
        note.setData(WidgetNames.KEY, id);
    }

    /** A line under the heading: what the numbers are based on, what the reference line is. */
    public void note(String text) {
        // a label takes '&' for a mnemonic: "Strategy & operations" must keep its ampersand
        note.setText(text == null ? "" : text.replace("&", "&&"));
        note.setToolTipText(text);
    }

    /**
     * Adds an export button.
     *
     * @param id the button's name ({@link WidgetNames#KEY}), or {@code null}
     */
    public ToolItem export(String text, String tooltip, String id, Runnable action) {
        ToolItem item = new ToolItem(exports, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        if (id != null) {
            item.setData(WidgetNames.KEY, id);
        }
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
