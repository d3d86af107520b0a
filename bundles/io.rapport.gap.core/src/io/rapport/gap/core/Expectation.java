package io.rapport.gap.core;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One row of the gap matrix: what customers expect ({@code label}), the indicators that measure how well we
 * meet it (ids of {@link GapIndicator}s; none = performance unknown), how much it matters, and the performance
 * 0–100 the company aims at. {@code id} is stable across renames.
 */
public record Expectation(String id, String label, List<String> indicators, Importance importance, double target) {

    public Expectation {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("an expectation id is lower-case letters, digits and '-', not " + id);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a name");
        }
        label = label.strip();
        indicators = List.copyOf(new LinkedHashSet<>(indicators == null ? List.of() : indicators));
        if (importance == null) {
            throw new IllegalArgumentException("expectation '" + label + "' needs an importance");
        }
        if (Double.isNaN(target) || target < 0 || target > 100) {
            throw new IllegalArgumentException("the target of '" + label + "' is " + target + "; it must be 0 to 100");
        }
    }

    public Expectation withLabel(String newLabel) {
        return new Expectation(id, newLabel, indicators, importance, target);
    }

    public Expectation withIndicators(List<String> newIndicators) {
        return new Expectation(id, label, newIndicators, importance, target);
    }

    public Expectation withImportance(Importance newImportance) {
        return new Expectation(id, label, indicators, newImportance, target);
    }

    public Expectation withTarget(double newTarget) {
        return new Expectation(id, label, indicators, importance, newTarget);
    }
}
