package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapFacts;
import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapModelException;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Shortfall;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Wires the indicators (installed and removed at runtime), the facts, the pass and the gap formula. */
@Component(service = EngagementGap.class)
public final class EngagementGapComponent implements EngagementGap {
    private static final String PROPERTY = "rapport.gap.indicator.";

    private final List<InstalledIndicator> indicators = new CopyOnWriteArrayList<>();
    private final ModelJson json = new ModelJson();

    @Reference
    private EngagementCycle cycle;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(GapIndicator indicator, Map<String, Object> properties) {
        indicators.add(new InstalledIndicator(indicator, new GapIndicatorDescriptor(
                String.valueOf(properties.get(PROPERTY + "id")), String.valueOf(properties.get(PROPERTY + "label")),
                String.valueOf(properties.get(PROPERTY + "version")), indicator.formula())));
    }

    void removeIndicator(GapIndicator indicator) {
        indicators.removeIf(i -> i.indicator() == indicator);
    }

    /** The installed indicators by id; of two with the same id, the first installed. */
    private List<InstalledIndicator> installed() {
        Map<String, InstalledIndicator> byId = new java.util.TreeMap<>();
        for (InstalledIndicator i : indicators) {
            byId.putIfAbsent(i.id(), i);
        }
        return List.copyOf(byId.values());
    }

    @Override
    public List<GapIndicatorDescriptor> indicators() {
        return installed().stream().map(InstalledIndicator::descriptor).toList();
    }

    @Override
    public GapModel defaults() {
        return DefaultExpectations.model();
    }

    @Override
    public GapModel model(ProjectStore store) throws ProjectException {
        var saved = store.document(DOCUMENT_KEY);
        return saved.isPresent() ? json.read(saved.get()) : defaults();
    }

    @Override
    public List<String> surveyItems(ProjectStore store) throws ProjectException {
        return List.copyOf(SurveyImportance.items(store));
    }

    @Override
    public List<String> problems(ProjectStore store, GapModel model) throws ProjectException {
        return model.problems(ids(), SurveyImportance.items(store));
    }

    @Override
    public void save(ProjectStore store, GapModel model) throws ProjectException {
        List<String> problems = problems(store, model);
        if (!problems.isEmpty()) {
            throw new GapModelException(problems);
        }
        store.saveDocument(DOCUMENT_KEY, json.write(model));
    }

    @Override
    public GapReport report(ProjectStore store, GapModel model, GapPeriod period, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Engagement gap", 10);
        String sentimentModel = facts(store, progress.split(7));
        GapPeriod current = period != null ? period : GapPeriod.monthOf(latestDay(store));
        GapPeriod previous = current.previous();
        progress.subTask("Measuring the indicators");
        List<InstalledIndicator> installed = installed();
        IndicatorPass pass = new IndicatorPass(store, current, previous);
        Measurements measured = pass.run(installed);
        List<String> channels = measured.channels();
        checkCancelled(progress);
        progress.worked(2);
        boolean surveyed = model.expectations().stream().anyMatch(e -> e.importance().surveyItem() != null);
        GapCalculator calculator = new GapCalculator(ids(),
                surveyed ? SurveyImportance.byItem(store) : Map.of(), measured.failures());
        List<ExpectationGap> rows = calculator.rows(model.expectations(), channels, measured);
        List<IndicatorResult> results = new ArrayList<>();
        for (InstalledIndicator i : installed) {
            List<ChannelMeasurement> perChannel = new ArrayList<>();
            for (String channel : channels) {
                perChannel.add(new ChannelMeasurement(channel, measured.current(i.id(), channel),
                        measured.previous(i.id(), channel)));
            }
            results.add(new IndicatorResult(i.descriptor(), perChannel, measured.failures().get(i.id())));
        }
        progress.worked(1);
        return new GapReport(current, previous, channels, rows, results, Shortfall.TYPICAL, sentimentModel);
    }

    @Override
    public List<Evidence> evidence(ProjectStore store, String indicatorId, String channel, GapPeriod period, int limit,
            IProgressMonitor monitor) throws ProjectException {
        InstalledIndicator indicator = installed().stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the gap indicator '" + indicatorId
                        + "' is not installed"));
        SubMonitor progress = SubMonitor.convert(monitor, "Evidence", 10);
        facts(store, progress.split(9));
        return EvidenceQuery.run(store, indicator.indicator(), channel, period, limit);
    }

    /** Makes sure both fact tables are current; returns the sentiment model that decided what is negative. */
    private String facts(ProjectStore store, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        CycleFacts facts = cycle.facts(store, progress.split(8));
        checkCancelled(progress);
        progress.subTask("Applying the gap's rules to every interaction");
        GapFactsSql.build(store, facts);
        progress.worked(2);
        checkCancelled(progress);
        return facts.sentimentModel();
    }

    private static LocalDate latestDay(ProjectStore store) throws ProjectException {
        LocalDate[] latest = { null };
        store.query("SELECT max(created_at) FROM " + GapFacts.TABLE, List.of(), r -> {
            Object o = r.get(0);
            if (o != null) {
                LocalDateTime t = o instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) o;
                latest[0] = t.toLocalDate();
            }
        });
        return latest[0] != null ? latest[0] : LocalDate.now(ZoneOffset.UTC);
    }

    private Set<String> ids() {
        return installed().stream().map(InstalledIndicator::id).collect(Collectors.toSet());
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
