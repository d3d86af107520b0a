package io.rapport.journey.core;

/**
 * A maturity model offered as a DS service with {@link MaturityModelProperties} (id, label, version), so that a
 * bundle can contribute one. Rapport ships the Social Engagement Journey and Altimeter's six stages; an
 * organisation can also load its own from a file without code ({@link JourneyMap#readModel}).
 */
public interface MaturityModel {
    JourneyModel model();
}
