/**
 * Where an enterprise stands on a maturity model such as the Social Engagement Journey: models are data
 * ({@link io.rapport.journey.core.JourneyModel}, shipped or loaded by an organisation), criteria are evidence
 * measured by {@link io.rapport.journey.core.JourneyIndicator} services or attestations the analyst answers, and
 * {@link io.rapport.journey.core.JourneyMap} works out the stage per dimension and what the next stage takes.
 * Headless.
 */
package io.rapport.journey.core;
