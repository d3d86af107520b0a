package io.rapport.app.internal.handlers;

import io.rapport.app.ProjectSession;
import io.rapport.app.internal.ProjectJobs;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** File ▸ Close Project (after any running project Job). */
public final class CloseProjectHandler {
    @CanExecute
    boolean canExecute(ProjectSession session) {
        return session.overview().isPresent();
    }

    @Execute
    void execute(ProjectJobs jobs) {
        jobs.close();
    }
}
