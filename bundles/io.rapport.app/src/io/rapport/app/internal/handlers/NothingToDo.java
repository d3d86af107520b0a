package io.rapport.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** The disabled placeholder item of an empty dynamic menu. */
public final class NothingToDo {
    @CanExecute
    boolean canExecute() {
        return false;
    }

    @Execute
    void execute() {
        // never enabled
    }
}
