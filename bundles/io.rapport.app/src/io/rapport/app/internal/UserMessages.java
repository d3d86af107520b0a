package io.rapport.app.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the user about a failure from any thread, with the message of the exception and no stack trace: the
 * store's and importers' messages are written for users and name the project or file.
 */
@Creatable
public final class UserMessages {
    private final UISynchronize ui;
    private final MApplication application;

    @Inject
    public UserMessages(UISynchronize ui, MApplication application) {
        this.ui = ui;
        this.application = application;
    }

    public void error(String title, String message) {
        ui.asyncExec(() -> MessageDialog.openError(shell(), title, message));
    }

    /** The main window's shell, for dialogs that belong to no particular part. Call in the UI thread. */
    public Shell shell() {
        Display display = Display.getCurrent();
        Shell active = display == null ? null : display.getActiveShell();
        if (active != null) {
            return active;
        }
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
                return shell;
            }
        }
        return null;
    }
}
