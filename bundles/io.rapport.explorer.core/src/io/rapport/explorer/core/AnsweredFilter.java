package io.rapport.explorer.core;

/**
 * Whether an interaction was answered, by the metric definitions: {@link #RESPONDED} and {@link #UNANSWERED} both
 * keep only interactions addressed to us, with and without a response.
 */
public enum AnsweredFilter {
    ANY, RESPONDED, UNANSWERED
}
