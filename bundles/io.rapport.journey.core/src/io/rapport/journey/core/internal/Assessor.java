package io.rapport.journey.core.internal;

import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyAssessment.Status;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneyModel.Criterion;
import io.rapport.journey.core.JourneyModel.Dimension;
import io.rapport.journey.core.JourneyModel.Stage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of the map, in one place: a criterion is met by evidence at its threshold or by a "yes"; a
 * dimension's stage is the highest whose criteria and every lower stage's are met; the overall stage is the
 * lowest dimension's; the next steps are the unmet criteria that stand between the overall stage and the next.
 */
final class Assessor {
    private Assessor() {
    }

    /**
     * @param measured     indicator id → value; an indicator missing here is not installed
     * @param attestations criterion id → answer
     */
    static JourneyAssessment assess(JourneyModel model, LocalDate asOf, Map<String, IndicatorValue> measured,
            Map<String, AttestationAnswer> attestations) {
        List<Stage> stages = model.stages();
        List<DimensionResult> dimensions = new ArrayList<>();
        int overall = stages.size() - 1;
        for (Dimension d : model.dimensions()) {
            List<CriterionResult> results = new ArrayList<>();
            int reached = 0;
            boolean climbing = true;
            for (int s = 1; s < stages.size(); s++) {
                boolean all = true;
                for (Criterion c : model.criteria(d.id(), stages.get(s).id())) {
                    CriterionResult r = result(c, asOf, measured, attestations);
                    results.add(r);
                    all &= r.met();
                }
                if (climbing && all) {
                    reached = s;
                } else {
                    climbing = false;
                }
            }
            overall = Math.min(overall, reached);
            dimensions.add(new DimensionResult(d, stages.get(reached), reached + 1 < stages.size()
                    ? stages.get(reached + 1) : null, results));
        }
        Stage next = overall + 1 < stages.size() ? stages.get(overall + 1) : null;
        List<CriterionResult> nextSteps = new ArrayList<>();
        if (next != null) {
            for (DimensionResult d : dimensions) {
                if (d.stage().equals(stages.get(overall))) {
                    d.criteria().stream().filter(r -> r.criterion().stage().equals(next.id()) && !r.met())
                            .forEach(nextSteps::add);
                }
            }
        }
        return new JourneyAssessment(model.id(), model.label(), asOf, dimensions, stages.get(overall), next,
                nextSteps);
    }

    private static CriterionResult result(Criterion c, LocalDate asOf, Map<String, IndicatorValue> measured,
            Map<String, AttestationAnswer> attestations) {
        if (c.isEvidence()) {
            IndicatorValue v = measured.get(c.evidence().indicator());
            String target = c.evidence().target();
            if (v == null) {
                return new CriterionResult(c, Status.UNKNOWN, null, "the indicator '" + c.evidence().indicator()
                        + "' is not installed", target, null);
            }
            if (v.value() == null) {
                return new CriterionResult(c, Status.UNKNOWN, null, v.basis(), target, null);
            }
            return new CriterionResult(c, c.evidence().met(v.value()) ? Status.MET : Status.NOT_MET, v.value(),
                    v.basis(), target, null);
        }
        AttestationAnswer a = attestations.get(c.id());
        // an answer given after the day assessed did not exist then
        if (a == null || !a.when().isBefore(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return new CriterionResult(c, Status.UNKNOWN, null, "not attested yet", "yes", null);
        }
        return new CriterionResult(c, a.yes() ? Status.MET : Status.NOT_MET, null,
                (a.yes() ? "yes" : "no") + (a.note() == null || a.note().isBlank() ? "" : ": " + a.note()), "yes", a);
    }
}
