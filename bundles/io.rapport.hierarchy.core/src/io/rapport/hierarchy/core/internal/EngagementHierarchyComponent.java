package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.ScoringRule;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.hierarchy.core.Advocacy;
import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.RespondentQuery;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.ScoringRuleDescriptor;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.UnscoredRespondent;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wires the installed rules to the scoring queries; each part of a report is one small query class. */
@Component(service = EngagementHierarchy.class)
public final class EngagementHierarchyComponent implements EngagementHierarchy {
    private record Installed(ScoringRule rule, ScoringRuleDescriptor descriptor) {
    }

    private final List<Installed> rules = new CopyOnWriteArrayList<>();
    private final List<BenchmarkDistribution> benchmarks = Benchmarks.load();

    @Reference
    private SurveyImporter surveys;

    @Reference
    private EngagementCycle cycle;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(ScoringRule rule, Map<String, Object> properties) {
        rules.add(new Installed(rule, new ScoringRuleDescriptor(String.valueOf(properties.get("rapport.scoring.id")),
                String.valueOf(properties.get("rapport.scoring.label")),
                String.valueOf(properties.get("rapport.scoring.version")))));
    }

    void removeRule(ScoringRule rule) {
        rules.removeIf(r -> r.rule() == rule);
    }

    @Override
    public List<ScoringRuleDescriptor> rules() {
        return rules.stream().map(Installed::descriptor).sorted(Comparator.comparing(ScoringRuleDescriptor::id))
                .toList();
    }

    @Override
    public List<BenchmarkDistribution> benchmarks() {
        return benchmarks;
    }

    @Override
    public List<String> attributes(ProjectStore store) throws ProjectException {
        return BreakdownQuery.attributes(store);
    }

    @Override
    public HierarchyReport score(ProjectStore store, ScoreRequest request, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Scoring the engagement hierarchy", 100);
        Prepared prepared = prepare(store, request.rule(), progress.split(40));
        Instrument instrument = prepared.instrument();
        Installed rule = prepared.rule();
        String patterns = prepared.patterns();
        checkCancelled(progress);
        progress.subTask("Segments, levels and the Guttman scale");
        SummaryQuery.Summary summary = SummaryQuery.run(store, instrument, patterns);
        long respondents = StoredSurvey.respondents(store);
        List<UnscoredRespondent> unscored = UnscoredQuery.run(store, instrument, patterns,
                summary.unscoredPatterns(), UNSCORED_LISTED);
        progress.worked(20);
        Breakdown breakdown = null;
        if (request.by() != null) {
            checkCancelled(progress);
            breakdown = BreakdownQuery.run(store, instrument, attribute(store, request.by()), patterns);
        }
        progress.worked(10);
        Advocacy advocacy = null;
        // without a handle nobody can be linked: no need to score the sentiment of the project's interactions
        if (request.advocacy() && StoredSurvey.withHandles(store) > 0) {
            checkCancelled(progress);
            progress.subTask("Advocacy of linked respondents");
            CycleFacts facts = cycle.facts(store, progress.split(25));
            advocacy = AdvocacyQuery.run(store, instrument, patterns, facts);
        }
        progress.setWorkRemaining(0);
        return new HierarchyReport(instrument.name(), rule.descriptor(), rule.rule().describe(instrument),
                respondents, summary.scored(), respondents - summary.scored(), summary.segments(),
                summary.engagementRatio(), summary.levels(), summary.reachedNone(), summary.reproducibility(),
                unscored, breakdown, advocacy, benchmarks);
    }

    @Override
    public RespondentPage respondents(ProjectStore store, RespondentQuery query, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Listing respondents", 100);
        Prepared prepared = prepare(store, query.rule(), progress.split(60));
        checkCancelled(progress);
        return RespondentsQuery.run(store, prepared.instrument(), prepared.rule().descriptor().id(),
                prepared.patterns(), query);
    }

    /** The project's instrument, the rule and its per-respondent patterns, over an up-to-date level table. */
    private record Prepared(Instrument instrument, Installed rule, String patterns) {
    }

    private Prepared prepare(ProjectStore store, String ruleId, IProgressMonitor monitor) throws ProjectException {
        Optional<InstrumentFile> stored = surveys.instrument(store);
        if (stored.isEmpty()) {
            throw new ProjectException("Project " + store.settings().name() + " has no survey yet: import an "
                    + "instrument and responses first");
        }
        Instrument instrument = stored.get().instrument();
        Installed rule = rule(ruleId);
        ScoringSql sql = new ScoringSql(instrument);
        String patterns;
        try {
            patterns = sql.patterns(rule.rule());
        } catch (IllegalArgumentException e) {
            throw new ProjectException("The instrument's options for rule '" + rule.descriptor().id() + "': "
                    + e.getMessage());
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        progress.subTask("Aggregating the answers per respondent and level");
        sql.levelsTable(store);
        progress.worked(1);
        return new Prepared(instrument, rule, patterns);
    }

    private Installed rule(String id) throws ProjectException {
        String wanted = id == null ? DEFAULT_RULE : id;
        return rules.stream().filter(r -> r.descriptor().id().equals(wanted)).findFirst()
                .orElseThrow(() -> new ProjectException("No scoring rule '" + wanted + "' is installed (installed: "
                        + String.join(", ", rules().stream().map(ScoringRuleDescriptor::id).toList()) + ")"));
    }

    /** The stored attribute name matching {@code by}, ignoring case. */
    private static String attribute(ProjectStore store, String by) throws ProjectException {
        List<String> names = BreakdownQuery.attributes(store);
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).equals(by.strip().toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new ProjectException("The survey has no attribute '" + by + "' (attributes: "
                + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
