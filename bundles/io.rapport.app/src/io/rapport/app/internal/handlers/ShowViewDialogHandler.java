package io.rapport.app.internal.handlers;

import io.rapport.app.internal.dialogs.ShowViewDialog;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Window ▸ Show View ▸ Other…: every view of the application model by category, with a filter. */
public final class ShowViewDialogHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, PartOpener opener) {
        ShowViewDialog dialog = new ShowViewDialog(shell, ViewCatalog.sorted(application.getDescriptors()));
        if (dialog.open() == Window.OK && dialog.selected() != null) {
            opener.show(dialog.selected().getElementId());
        }
    }
}
