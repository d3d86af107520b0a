package io.rapport.hierarchy.core;

/** An installed {@link io.rapport.core.survey.ScoringRule}, from its component properties. */
public record ScoringRuleDescriptor(String id, String label, String version) {
    /** The key results are kept under: {@code id@version}. */
    public String key() {
        return id + "@" + version;
    }
}
