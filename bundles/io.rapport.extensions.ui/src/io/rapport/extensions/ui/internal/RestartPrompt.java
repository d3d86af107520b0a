package io.rapport.extensions.ui.internal;

import io.rapport.extensions.Extension;
import io.rapport.extensions.ExtensionChange;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** After an install, update or uninstall: what changed, and the offer to restart, which applies it. */
final class RestartPrompt {
    private final IWorkbench workbench;

    RestartPrompt(IWorkbench workbench) {
        this.workbench = workbench;
    }

    void afterChange(Shell shell, ExtensionChange change) {
        if (change.isEmpty()) {
            MessageDialog.openInformation(shell, "Extensions", "Nothing was changed.");
            return;
        }
        StringBuilder b = new StringBuilder();
        change.added().forEach(e -> b.append("Installed: ").append(describe(e)).append('\n'));
        change.removed().forEach(e -> b.append("Removed: ").append(describe(e)).append('\n'));
        b.append("\nThe change takes effect when Rapport restarts. Restart now?");
        if (MessageDialog.openQuestion(shell, "Restart Rapport", b.toString())) {
            workbench.restart();
        }
    }

    static String describe(Extension e) {
        return e.name() + " " + e.version();
    }
}
