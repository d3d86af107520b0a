package io.rapport.ui.common.edit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Ctrl+Z and Ctrl+Y (Cmd on macOS) for a view's own undo history, while the keyboard focus is inside the view: a
 * display filter, since the keys must work whichever of the view's controls has the focus. Remove it when the
 * view goes ({@link #remove()}).
 */
public final class UndoKeys {
    private final Display display;
    private final Listener filter;

    private UndoKeys(Display display, Listener filter) {
        this.display = display;
        this.filter = filter;
    }

    public static UndoKeys install(Composite view, Runnable undo, Runnable redo) {
        Display display = view.getDisplay();
        Listener filter = e -> {
            if ((e.stateMask & SWT.MOD1) == 0 || view.isDisposed() || !focusInside(view)) {
                return;
            }
            if (e.keyCode == 'z' && (e.stateMask & SWT.SHIFT) == 0) {
                undo.run();
                e.doit = false;
            } else if (e.keyCode == 'y' || e.keyCode == 'z') {
                // Ctrl+Y, and Ctrl+Shift+Z as many platforms have it
                redo.run();
                e.doit = false;
            }
        };
        display.addFilter(SWT.KeyDown, filter);
        return new UndoKeys(display, filter);
    }

    private static boolean focusInside(Composite view) {
        for (Control c = view.getDisplay().getFocusControl(); c != null; c = c.getParent()) {
            if (c == view) {
                return true;
            }
        }
        return false;
    }

    public void remove() {
        if (!display.isDisposed()) {
            display.removeFilter(SWT.KeyDown, filter);
        }
    }
}
