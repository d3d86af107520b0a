package io.rapport.journey.core;

import java.util.List;
import java.util.Optional;

/**
 * A maturity model as data (the README documents its JSON): stages in order (the first is where every
 * organisation starts, so it has no criteria), dimensions along which an organisation moves, and for each
 * dimension × stage the criteria to reach it.
 *
 * @param source who the model's idea comes from, and whose reading the criteria are
 */
public record JourneyModel(String id, String label, String source, String description, List<Stage> stages,
        List<Dimension> dimensions, List<Criterion> criteria) {
    public JourneyModel {
        stages = List.copyOf(stages);
        dimensions = List.copyOf(dimensions);
        criteria = List.copyOf(criteria);
    }

    public record Stage(String id, String label, String description) {
    }

    public record Dimension(String id, String label) {
    }

    /**
     * What it takes to reach {@code stage} along {@code dimension}: evidence from the data, or an attestation.
     * Exactly one of {@code evidence} and {@code attestation} is set.
     */
    public record Criterion(String id, String dimension, String stage, String label, Evidence evidence,
            Attestation attestation) {
        public boolean isEvidence() {
            return evidence != null;
        }
    }

    /**
     * An indicator and its threshold: met when the value is at least {@code atLeast} or at most {@code atMost}
     * (exactly one is set).
     */
    public record Evidence(String indicator, Double atLeast, Double atMost) {
        public boolean met(double value) {
            return atLeast != null ? value >= atLeast : value <= atMost;
        }

        /** "≥ 0.5", "≤ 240". */
        public String target() {
            return atLeast != null ? "\u2265 " + plain(atLeast) : "\u2264 " + plain(atMost);
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** A question the analyst answers yes or no. */
    public record Attestation(String question) {
    }

    /** The position of a stage, 0 for the first. */
    public int position(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** The criteria of one cell of the map. */
    public List<Criterion> criteria(String dimensionId, String stageId) {
        return criteria.stream().filter(c -> c.dimension().equals(dimensionId) && c.stage().equals(stageId))
                .toList();
    }
}
