/**
 * The Journey map view: where the organisation stands on a maturity model, as
 * {@link io.rapport.journey.core.JourneyMap} works it out (the numbers of {@code rapport journey}), with the
 * analyst's attestations edited in place.
 */
package io.rapport.journey.ui;
