package io.rapport.explorer.core;

/** Where an interaction stands in the engagement cycle, by the metric definitions. */
public enum ResponseStatus {
    /** Written by one of our accounts or staff. */
    OURS,
    /** Inbound, but not addressed to us (e.g. customers talking to each other). */
    NOT_ADDRESSED,
    /** Addressed to us, without a response. */
    UNANSWERED,
    /** Addressed to us and answered. */
    RESPONDED
}
