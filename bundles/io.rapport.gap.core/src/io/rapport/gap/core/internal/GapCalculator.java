package io.rapport.gap.core.internal;

import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.Measurement;
import io.rapport.gap.core.internal.SurveyImportance.ItemImportance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The gap formula, applied to measured indicators:
 * <ul>
 * <li>cell (expectation × channel): performance = mean of the bound indicators' defined values; basis = the sum
 * of their denominators; gap = (importance / 5) × max(0, target − performance);</li>
 * <li>row: performance and gap = the cells' values weighted by their basis (channels with more interactions
 * behind them weigh more); the same for the previous period; change = gap − previous gap;</li>
 * <li>rank: by gap, largest first; rows without a gap after them, in the analyst's order.</li>
 * </ul>
 * Importance / 5 keeps the gap on the performance scale: a fully important expectation (5) 30 points short has
 * a gap of 30.
 */
final class GapCalculator {
    private final Set<String> installed;
    private final Map<String, ItemImportance> survey;
    private final Map<String, String> failures;

    GapCalculator(Set<String> installed, Map<String, ItemImportance> survey, Map<String, String> failures) {
        this.installed = installed;
        this.survey = survey;
        this.failures = failures;
    }

    /** The rows, ranked. */
    List<ExpectationGap> rows(List<Expectation> expectations, List<String> channels, Measurements measured) {
        List<ExpectationGap> unranked = new ArrayList<>();
        for (Expectation e : expectations) {
            unranked.add(row(e, channels, measured));
        }
        List<ExpectationGap> order = new ArrayList<>(unranked);
        order.sort(Comparator.comparing((ExpectationGap g) -> g.gap() == null)
                .thenComparing(g -> g.gap() == null ? 0 : -g.gap())
                .thenComparing(unranked::indexOf));
        List<ExpectationGap> ranked = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ExpectationGap g = order.get(i);
            ranked.add(new ExpectationGap(i + 1, g.expectation(), g.importance(), g.importanceSource(), g.performance(),
                    g.gap(), g.previousPerformance(), g.previousGap(), g.change(), g.cells(), g.notes()));
        }
        return ranked;
    }

    private ExpectationGap row(Expectation e, List<String> channels, Measurements measured) {
        List<String> notes = new ArrayList<>();
        Double importance;
        String source;
        if (e.importance().weight() != null) {
            importance = e.importance().weight().doubleValue();
            source = "weight";
        } else {
            ItemImportance item = survey.get(e.importance().surveyItem());
            source = "survey item " + e.importance().surveyItem();
            importance = item == null ? null : item.importance();
            if (item == null) {
                notes.add("the survey item " + e.importance().surveyItem() + " has no answers: no importance, no gap");
            }
        }
        List<String> usable = new ArrayList<>();
        for (String id : e.indicators()) {
            if (!installed.contains(id)) {
                notes.add("the indicator '" + id + "' is not installed");
            } else if (failures.containsKey(id)) {
                notes.add("the indicator '" + id + "' failed: " + failures.get(id));
            } else {
                usable.add(id);
            }
        }
        if (e.indicators().isEmpty()) {
            notes.add("no indicator is bound: no performance is measured (bind one, or read it from a survey)");
        }
        List<GapCell> cells = cells(e, importance, usable, channels, measured::current);
        List<GapCell> before = cells(e, importance, usable, channels, measured::previous);
        Double gap = weighted(cells, GapCell::gap);
        Double previousGap = weighted(before, GapCell::gap);
        return new ExpectationGap(0, e, importance, source, weighted(cells, GapCell::performance), gap,
                weighted(before, GapCell::performance), previousGap,
                gap == null || previousGap == null ? null : gap - previousGap, cells, notes);
    }

    private static List<GapCell> cells(Expectation e, Double importance, List<String> indicators, List<String> channels,
            BiFunction<String, String, Measurement> measurement) {
        List<GapCell> cells = new ArrayList<>();
        for (String channel : channels) {
            Map<String, Measurement> values = new LinkedHashMap<>();
            double sum = 0;
            int defined = 0;
            long basis = 0;
            for (String id : indicators) {
                Measurement m = measurement.apply(id, channel);
                values.put(id, m);
                if (m.value() != null) {
                    sum += m.value();
                    defined++;
                    basis += m.denominator();
                }
            }
            Double performance = defined == 0 ? null : sum / defined;
            Double gap = performance == null || importance == null ? null
                    : importance / 5 * Math.max(0, e.target() - performance);
            cells.add(new GapCell(channel, performance, gap, basis, values));
        }
        return cells;
    }

    /** Σ value × basis / Σ basis over the cells with a value and a basis; null if none. */
    private static Double weighted(List<GapCell> cells, java.util.function.Function<GapCell, Double> value) {
        double sum = 0;
        long weight = 0;
        for (GapCell c : cells) {
            Double v = value.apply(c);
            if (v != null && c.basis() > 0) {
                sum += v * c.basis();
                weight += c.basis();
            }
        }
        return weight == 0 ? null : sum / weight;
    }
}
