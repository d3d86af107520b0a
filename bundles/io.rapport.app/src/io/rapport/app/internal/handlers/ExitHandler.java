package io.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File ▸ Exit. The session addon closes the project on the way out. */
public final class ExitHandler {
    @Execute
    void execute(IWorkbench workbench) {
        workbench.close();
    }
}
