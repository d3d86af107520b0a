package io.rapport.journey.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the organisation on a maturity model: measures every evidence criterion with the installed
 * {@link JourneyIndicator}s, takes the analyst's attestations, and works out the stage per dimension, the overall
 * stage and what the next stage takes. A DS service; cancellable through its monitor.
 */
public interface JourneyMap {
    /** The model used when none is named. */
    String DEFAULT_MODEL = "social-engagement-journey";

    /** The installed models (DS services), by id. */
    List<JourneyModel> models();

    Optional<JourneyModel> model(String id);

    /**
     * Reads a model file (JSON, as the README documents), checking that every criterion names a stage and a
     * dimension of the model and that the first stage has no criteria.
     */
    JourneyModel readModel(Path file) throws ModelInputException;

    /** The installed indicators by id, with their labels, units and definitions. */
    List<IndicatorInfo> indicators();

    /** An installed indicator's description. */
    record IndicatorInfo(String id, String label, String unit, String definition) {
    }

    /**
     * Assesses {@code model} as of {@code asOf} with the attestations kept in the project (answers given after
     * {@code asOf} do not count).
     */
    JourneyAssessment assess(ProjectStore store, JourneyModel model, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException;

    /** The analyst's answers to the model's attestation criteria kept in the project: criterion id → answer. */
    Map<String, AttestationAnswer> attestations(ProjectStore store, JourneyModel model) throws ProjectException;

    /**
     * Keeps an answer in the project, replacing the criterion's earlier one.
     *
     * @throws IllegalArgumentException if the model has no such attestation criterion
     */
    void attest(ProjectStore store, JourneyModel model, AttestationAnswer answer) throws ProjectException;

    /** Removes the criterion's answer (it is "not attested" again). */
    void withdraw(ProjectStore store, JourneyModel model, String criterion) throws ProjectException;

    /** Keeps a dated snapshot of the assessment in the project (another of the same day is kept beside it). */
    JourneySnapshot saveSnapshot(ProjectStore store, JourneyAssessment assessment) throws ProjectException;

    /** The model's snapshots kept in the project, oldest first. */
    List<JourneySnapshot> snapshots(ProjectStore store, JourneyModel model) throws ProjectException;
}
