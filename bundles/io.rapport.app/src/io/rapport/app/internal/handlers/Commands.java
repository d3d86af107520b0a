package io.rapport.app.internal.handlers;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;

/** Looks up commands of the application model for menu items built at run time. */
final class Commands {
    private Commands() {
    }

    static MCommand find(MApplication application, String id) {
        return application.getCommands().stream().filter(c -> id.equals(c.getElementId())).findFirst().orElse(null);
    }
}
