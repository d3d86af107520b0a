package io.rapport.ui.common.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A view's page of cards, scrolled as a whole: two equal columns from a given width on, one below it (a card
 * spanning both keeps the whole width), and below a minimum width the page scrolls sideways instead of
 * squeezing its charts.
 */
public final class ResponsivePage {
    private final ScrolledComposite scroller;
    private final Composite page;
    private final GridLayout layout;
    private final int twoColumns;
    private final int minWidth;
    private final Map<Control, Integer> spans = new LinkedHashMap<>();
    private IntConsumer columnsChanged = n -> {
    };

    /**
     * @param twoColumns from this width on, cards stand side by side
     * @param minWidth   below this width the page scrolls sideways
     */
    public ResponsivePage(Composite parent, int twoColumns, int minWidth) {
        this.twoColumns = twoColumns;
        this.minWidth = minWidth;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        page = new Composite(scroller, SWT.NONE);
        layout = new GridLayout(2, true);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = 10;
        page.setLayout(layout);
        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setShowFocusedControl(true);
        scroller.addListener(SWT.Resize, e -> fit());
    }

    /** Where the cards are created. */
    public Composite page() {
        return page;
    }

    /** The control to lay out in the view. */
    public Control control() {
        return scroller;
    }

    /** Told the number of columns (1 or 2) whenever it changes, e.g. to lay out a row of tiles again. */
    public void onColumnsChanged(IntConsumer listener) {
        columnsChanged = listener;
    }

    /**
     * Places a card created on {@link #page()}.
     *
     * @param span   1 or 2 columns (one when the page has one)
     * @param height the card's height, or {@code SWT.DEFAULT} for its preferred one
     */
    public void place(Control card, int span, int height) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, Math.min(span, layout.numColumns), 1);
        data.heightHint = height;
        // equal columns whatever the charts' preferred sizes
        data.widthHint = 100;
        card.setLayoutData(data);
        spans.put(card, span);
    }

    /** Lays the page out again after its contents changed size. */
    public void relayout() {
        page.layout(true, true);
        fit();
    }

    /** Fits the columns to the width; call once after placing the cards. */
    public void fit() {
        Rectangle area = scroller.getClientArea();
        int columns = area.width >= twoColumns ? 2 : 1;
        if (columns != layout.numColumns) {
            layout.numColumns = columns;
            spans.forEach((control, span) -> ((GridData) control.getLayoutData()).horizontalSpan = Math.min(span,
                    columns));
            columnsChanged.accept(columns);
            page.layout(true, true);
        }
        scroller.setMinSize(page.computeSize(Math.max(area.width, minWidth), SWT.DEFAULT));
    }

    /** Scrolls back to the top left. */
    public void top() {
        scroller.setOrigin(0, 0);
    }

    public void setRedraw(boolean redraw) {
        page.setRedraw(redraw);
    }
}
