package io.rapport.cycle.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Keeps a project's sentiment scores current for the active {@link io.rapport.core.sentiment.SentimentModel}
 * (the installed model with the highest {@code service.ranking}, the VADER model by default): interactions
 * without a score under the model's key are scored once and stored; switching model (or model version) scores
 * again under the new key. A DS service.
 */
public interface SentimentScoring {

    /** The active model's key ({@code id@version}). */
    String activeModelKey();

    /**
     * Scores the interactions that have no score under the active model yet, in one transaction.
     *
     * @return how many were scored (0 when everything was current)
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor is cancelled (nothing kept)
     */
    long ensureScored(ProjectStore store, IProgressMonitor monitor) throws ProjectException;
}
