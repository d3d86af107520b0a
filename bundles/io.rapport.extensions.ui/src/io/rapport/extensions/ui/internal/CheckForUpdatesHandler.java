package io.rapport.extensions.ui.internal;

import io.rapport.extensions.Extension;
import io.rapport.extensions.ExtensionManager;
import io.rapport.extensions.TrustOptions;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import java.util.List;
import java.util.stream.Collectors;

/** Help ▸ Check for Updates: reads the configured sites in a Job, lists newer versions, updates when confirmed. */
public final class CheckForUpdatesHandler {
    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Service ExtensionManager extensions,
            IWorkbench workbench) {
        ExtensionJob.schedule("Checking for updates", shell, monitor -> extensions.updates(List.of(), monitor),
                catalog -> {
                    if (catalog.extensions().isEmpty()) {
                        MessageDialog.openInformation(shell, "Check for Updates", "No updates were found."
                                + unreadable(catalog.unreadable()));
                        return;
                    }
                    String list = catalog.extensions().stream().map(RestartPrompt::describe)
                            .collect(Collectors.joining("\n"));
                    if (!MessageDialog.openQuestion(shell, "Check for Updates",
                            "Updates are available:\n" + list + unreadable(catalog.unreadable()) + "\n\nUpdate now?")) {
                        return;
                    }
                    List<String> ids = catalog.extensions().stream().map(Extension::id).toList();
                    ExtensionJob.schedule("Updating extensions", shell,
                            monitor -> extensions.update(ids, List.of(), TrustOptions.DEFAULT, monitor),
                            change -> new RestartPrompt(workbench).afterChange(shell, change),
                            e -> ErrorDialog.openError(shell, "Check for Updates", "The update failed.",
                                    ExtensionJob.status(e)));
                },
                e -> ErrorDialog.openError(shell, "Check for Updates", "Could not check for updates.",
                        ExtensionJob.status(e)));
    }

    private static String unreadable(List<String> sites) {
        return sites.isEmpty() ? "" : "\n\nNot readable: " + String.join("; ", sites);
    }
}
