package io.rapport.journey.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dated assessment kept in the project, so that progress can be shown and compared: the stages reached and
 * every criterion's status and value as they were.
 *
 * @param asOf      the day assessed
 * @param taken     when the snapshot was saved
 * @param overall   the overall stage id
 * @param stages    dimension id → stage id
 * @param criteria  criterion id → status, with the evidence value (or null)
 */
public record JourneySnapshot(String model, LocalDate asOf, Instant taken, String overall, Map<String, String> stages,
        Map<String, Entry> criteria) {
    public JourneySnapshot {
        stages = Map.copyOf(stages);
        criteria = Map.copyOf(criteria);
    }

    public record Entry(JourneyAssessment.Status status, Double value) {
    }

    /** The snapshot of an assessment. */
    public static JourneySnapshot of(JourneyAssessment a, Instant taken) {
        Map<String, String> stages = new java.util.LinkedHashMap<>();
        Map<String, Entry> criteria = new java.util.LinkedHashMap<>();
        for (JourneyAssessment.DimensionResult d : a.dimensions()) {
            stages.put(d.dimension().id(), d.stage().id());
            for (JourneyAssessment.CriterionResult c : d.criteria()) {
                criteria.put(c.criterion().id(), new Entry(c.status(), c.value()));
            }
        }
        return new JourneySnapshot(a.model(), a.asOf(), taken, a.overall().id(), stages, criteria);
    }

    /** Snapshots oldest first. */
    public static List<JourneySnapshot> byDay(List<JourneySnapshot> snapshots) {
        return snapshots.stream().sorted(java.util.Comparator.comparing(JourneySnapshot::asOf)
                .thenComparing(JourneySnapshot::taken)).toList();
    }
}
