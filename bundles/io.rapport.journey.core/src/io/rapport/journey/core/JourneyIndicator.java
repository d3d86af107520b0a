package io.rapport.journey.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.time.LocalDate;

/**
 * Evidence measured from a project's data, as of a day: a DS service with {@link JourneyIndicatorProperties}
 * (id, label, unit, version), so that partners add their own and a model's criteria name them by id. Rapport's
 * own look at the 90 days up to the day ({@link #WINDOW_DAYS}).
 */
public interface JourneyIndicator {
    /** The window Rapport's indicators measure: the 90 days up to and including the assessment's day. */
    int WINDOW_DAYS = 90;

    /**
     * @param asOf the assessment's day (UTC): nothing after it counts
     * @return the value, or one without a value (and the reason as its basis) when there is nothing to measure
     */
    IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor) throws ProjectException;

    /** How the value is computed, in a sentence, for the map's tooltips and the README. */
    String definition();
}
