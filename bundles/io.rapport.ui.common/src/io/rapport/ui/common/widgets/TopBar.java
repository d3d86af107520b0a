package io.rapport.ui.common.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The row over a view's page: its pickers and filters, then its {@link StatusLine}; it wraps to a second line
 * in a narrow view. The parent has a one-column GridLayout.
 */
public final class TopBar {
    private TopBar() {
    }

    public static Composite create(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = 10;
        layout.marginRight = 10;
        layout.marginTop = 6;
        layout.marginBottom = 4;
        layout.spacing = 12;
        top.setLayout(layout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return top;
    }
}
