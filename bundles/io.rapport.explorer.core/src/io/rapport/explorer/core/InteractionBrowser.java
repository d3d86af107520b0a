package io.rapport.explorer.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Browses a project's interactions with the engagement-cycle facts (addressed, responded, negative, first
 * response time) of {@link io.rapport.cycle.core.EngagementCycle#facts}. A DS service.
 */
public interface InteractionBrowser {

    /**
     * The project's interactions, after making sure their sentiment is scored and the facts table is current
     * (both written on the first call after an import: that can take a while; call it from a Job holding the
     * project's rule).
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor is cancelled
     */
    ProjectInteractions interactions(ProjectStore store, IProgressMonitor monitor) throws ProjectException;
}
