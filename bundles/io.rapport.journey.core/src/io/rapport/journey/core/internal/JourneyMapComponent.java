package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;
import io.rapport.journey.core.MaturityModel;
import io.rapport.journey.core.ModelInputException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wires the installed models and indicators to the assessment and keeps the journey's records in the project. */
@Component(service = JourneyMap.class)
public final class JourneyMapComponent implements JourneyMap {
    private record Installed(JourneyIndicator indicator, IndicatorInfo info) {
    }

    private final List<MaturityModel> models = new CopyOnWriteArrayList<>();
    private final Map<String, Installed> indicators = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModel(MaturityModel model) {
        models.add(model);
    }

    void removeModel(MaturityModel model) {
        models.remove(model);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(JourneyIndicator indicator, Map<String, Object> properties) {
        String id = String.valueOf(properties.get("rapport.indicator.id"));
        indicators.put(id, new Installed(indicator, new IndicatorInfo(id,
                String.valueOf(properties.get("rapport.indicator.label")),
                String.valueOf(properties.get("rapport.indicator.unit")), indicator.definition())));
    }

    void removeIndicator(JourneyIndicator indicator) {
        indicators.values().removeIf(i -> i.indicator() == indicator);
    }

    @Override
    public List<JourneyModel> models() {
        return models.stream().map(MaturityModel::model).sorted(Comparator.comparing(JourneyModel::id)).toList();
    }

    @Override
    public Optional<JourneyModel> model(String id) {
        return models().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public JourneyModel readModel(Path file) throws ModelInputException {
        try {
            return ModelReader.read(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                    Files.readAllBytes(file))).toString(), file.toString());
        } catch (CharacterCodingException e) {
            throw new ModelInputException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ModelInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<IndicatorInfo> indicators() {
        return indicators.values().stream().map(Installed::info).sorted(Comparator.comparing(IndicatorInfo::id))
                .toList();
    }

    @Override
    public JourneyAssessment assess(ProjectStore store, JourneyModel model, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        Set<String> needed = new LinkedHashSet<>();
        model.criteria().stream().filter(JourneyModel.Criterion::isEvidence)
                .forEach(c -> needed.add(c.evidence().indicator()));
        SubMonitor progress = SubMonitor.convert(monitor, "Assessing " + model.label(), needed.size() + 1);
        Map<String, IndicatorValue> measured = new LinkedHashMap<>();
        for (String id : needed) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Installed installed = indicators.get(id);
            progress.subTask(installed == null ? id : installed.info().label());
            if (installed != null) {
                measured.put(id, measure(installed, store, asOf, progress.split(1)));
            } else {
                progress.worked(1);
            }
        }
        return Assessor.assess(model, asOf, measured, attestations(store, model));
    }

    /** A partner's indicator that fails does not take the assessment down: its criteria are unknown, with why. */
    private static IndicatorValue measure(Installed installed, ProjectStore store, LocalDate asOf,
            IProgressMonitor monitor) throws ProjectException {
        try {
            return installed.indicator().measure(store, asOf, monitor);
        } catch (OperationCanceledException | ProjectException e) {
            throw e;
        } catch (RuntimeException e) {
            return IndicatorValue.none("the indicator failed: " + e);
        }
    }

    @Override
    public Map<String, AttestationAnswer> attestations(ProjectStore store, JourneyModel model)
            throws ProjectException {
        return JourneyRecords.attestations(store, model.id());
    }

    @Override
    public void attest(ProjectStore store, JourneyModel model, AttestationAnswer answer) throws ProjectException {
        JourneyModel.Criterion c = model.criterion(answer.criterion()).orElseThrow(() -> new IllegalArgumentException(
                model.id() + " has no criterion '" + answer.criterion() + "'"));
        if (c.isEvidence()) {
            throw new IllegalArgumentException(c.id() + " is measured from the data, not attested");
        }
        Map<String, AttestationAnswer> all = new LinkedHashMap<>(attestations(store, model));
        all.put(answer.criterion(), answer);
        JourneyRecords.saveAttestations(store, model.id(), all);
    }

    @Override
    public void withdraw(ProjectStore store, JourneyModel model, String criterion) throws ProjectException {
        Map<String, AttestationAnswer> all = new LinkedHashMap<>(attestations(store, model));
        if (all.remove(criterion) != null) {
            JourneyRecords.saveAttestations(store, model.id(), all);
        }
    }

    @Override
    public JourneySnapshot saveSnapshot(ProjectStore store, JourneyAssessment assessment) throws ProjectException {
        JourneySnapshot snapshot = JourneySnapshot.of(assessment, clock.instant());
        List<JourneySnapshot> all = new ArrayList<>(JourneyRecords.snapshots(store, assessment.model()));
        all.add(snapshot);
        JourneyRecords.saveSnapshots(store, assessment.model(), JourneySnapshot.byDay(all));
        return snapshot;
    }

    @Override
    public List<JourneySnapshot> snapshots(ProjectStore store, JourneyModel model) throws ProjectException {
        return JourneyRecords.snapshots(store, model.id());
    }
}
