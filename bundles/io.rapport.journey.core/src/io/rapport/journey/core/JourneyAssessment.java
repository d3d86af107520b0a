package io.rapport.journey.core;

import io.rapport.journey.core.JourneyModel.Criterion;
import io.rapport.journey.core.JourneyModel.Dimension;
import io.rapport.journey.core.JourneyModel.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the organisation stands on a model as of a day. A dimension's stage is the highest stage whose criteria,
 * and those of every lower stage, are met; the overall stage is the lowest of the dimensions' stages (an
 * organisation moves as far as its weakest dimension lets it).
 *
 * @param overall   the overall stage
 * @param nextSteps the unmet criteria between the overall stage and the next: of every dimension that stands at
 *                  the overall stage, its next stage's unmet criteria (empty at the last stage)
 */
public record JourneyAssessment(String model, String modelLabel, LocalDate asOf, List<DimensionResult> dimensions,
        Stage overall, Stage next, List<CriterionResult> nextSteps) {
    public JourneyAssessment {
        dimensions = List.copyOf(dimensions);
        nextSteps = List.copyOf(nextSteps);
    }

    /** How the overall stage is decided, for reports. */
    public static final String OVERALL_RULE = "the lowest stage reached by any dimension";

    /**
     * One dimension: its stage, the next stage (null at the last), and every criterion of the model for it.
     */
    public record DimensionResult(Dimension dimension, Stage stage, Stage next, List<CriterionResult> criteria) {
        public DimensionResult {
            criteria = List.copyOf(criteria);
        }
    }

    /** Whether a criterion is met, with its evidence value or the attestation that decides it. */
    public enum Status {
        MET, NOT_MET,
        /** Evidence without a value (nothing to measure, or its indicator is not installed), or not attested. */
        UNKNOWN
    }

    /**
     * @param value      the evidence's value, {@code null} for attestations or without a value
     * @param basis      what the value is based on, or why there is none
     * @param target     the evidence's threshold ("≥ 0.5"), or "yes" for an attestation
     * @param answer     the attestation's answer, {@code null} when not answered (or for evidence)
     */
    public record CriterionResult(Criterion criterion, Status status, Double value, String basis, String target,
            AttestationAnswer answer) {
        public boolean met() {
            return status == Status.MET;
        }
    }
}
