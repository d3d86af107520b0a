package io.rapport.cycle.core;

import java.util.List;

/**
 * The engagement cycle of community threads: each step counts the questions that reached it (a question that
 * reached a later step counts there even if an earlier signal was not detected, except {@code answered}, which
 * every later step requires). How each step is detected is in {@link Step#detection()} and in the README.
 */
public record FunnelReport(List<Step> steps) {
    public static final String QUESTIONS = "questions";
    public static final String ANSWERED = "answered";
    public static final String ANSWERED_BY_US = "answered_by_us";
    public static final String ANSWERED_BY_CUSTOMERS = "answered_by_customers";
    public static final String GRATITUDE = "gratitude";
    public static final String RECIPROCATION = "reciprocation";
    public static final String SHARING = "sharing";

    public FunnelReport {
        steps = List.copyOf(steps);
    }

    /** @throws IllegalArgumentException for an unknown step id */
    public long count(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no funnel step '" + stepId + "'")).count();
    }

    /**
     * One step.
     *
     * @param share     count / questions ({@code null} without questions)
     * @param detection how the step is detected, in one sentence
     */
    public record Step(String id, String label, long count, Double share, String detection) {
    }
}
