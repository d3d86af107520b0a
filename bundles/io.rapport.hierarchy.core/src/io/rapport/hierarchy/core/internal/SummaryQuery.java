package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.LevelResult;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.core.SegmentCount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments, per-level results and the Guttman scale of the whole survey: one query counts the respondents per
 * pattern (a few dozen rows however many respondents), and {@link Climb} gives every pattern its meaning.
 */
final class SummaryQuery {

    /** The query's results. */
    record Summary(long withAnswers, long scored, List<SegmentCount> segments, Double engagementRatio,
            long reachedNone, List<LevelResult> levels, Reproducibility reproducibility, List<Climb> unscoredPatterns) {
    }

    private SummaryQuery() {
    }

    /** Respondents per pattern, from the per-respondent patterns of {@link ScoringSql#patterns}. */
    static Map<Climb, Long> counts(ProjectStore store, String patterns, int levels) throws ProjectException {
        Map<Climb, Long> counts = new LinkedHashMap<>();
        store.query("SELECT " + ScoringSql.PATTERN + ", count(*) FROM (" + patterns + ") p GROUP BY "
                + ScoringSql.PATTERN + " ORDER BY " + ScoringSql.PATTERN, List.of(), r -> counts.put(
                        new Climb(((Number) r.get(0)).intValue(), ((Number) r.get(1)).intValue(), Values.bool(r.get(2)),
                                levels), Values.count(r.get(3))));
        return counts;
    }

    static Summary run(ProjectStore store, Instrument instrument, String patterns) throws ProjectException {
        int levels = instrument.levels().size();
        Map<Climb, Long> counts = counts(store, patterns, levels);
        long withAnswers = 0;
        long scored = 0;
        long reachedNone = 0;
        Map<Segment, Long> bySegment = new EnumMap<>(Segment.class);
        long[] levelScored = new long[levels + 1];
        long[] levelPassed = new long[levels + 1];
        long[] atLeast = new long[levels + 1];
        long[] exactly = new long[levels + 1];
        long[] aboveFailure = new long[levels + 1];
        long[] completePasses = new long[levels];
        long complete = 0;
        long errors = 0;
        List<Climb> unscored = new ArrayList<>();
        for (Map.Entry<Climb, Long> e : counts.entrySet()) {
            Climb c = e.getKey();
            long n = e.getValue();
            withAnswers += n;
            Integer reached = c.reached();
            if (reached == null) {
                unscored.add(c);
            } else {
                scored += n;
                bySegment.merge(c.segment(instrument), n, Long::sum);
                reachedNone += reached == 0 ? n : 0;
                for (int k = 1; k <= reached; k++) {
                    atLeast[k] += n;
                }
                exactly[reached] += n;
            }
            for (int k = 1; k <= levels; k++) {
                levelScored[k] += c.scored(k) ? n : 0;
                levelPassed[k] += c.passed(k) ? n : 0;
                aboveFailure[k] += c.passedAboveFailure(k) ? n : 0;
            }
            if (c.complete()) {
                complete += n;
                errors += c.errors() * n;
                for (int k = 1; k <= levels; k++) {
                    completePasses[k - 1] += c.passed(k) ? n : 0;
                }
            }
        }
        List<SegmentCount> segments = new ArrayList<>();
        for (Segment s : Segment.values()) {
            long n = bySegment.getOrDefault(s, 0L);
            segments.add(new SegmentCount(s, n, Values.ratio(n, scored)));
        }
        List<LevelResult> results = new ArrayList<>();
        for (int k = 1; k <= levels; k++) {
            boolean outOfOrder = false;
            for (int j = 0; j < k - 1; j++) {
                outOfOrder |= completePasses[k - 1] > completePasses[j];
            }
            results.add(new LevelResult(instrument.levels().get(k - 1), k, levelScored[k], levelPassed[k],
                    Values.ratio(levelPassed[k], levelScored[k]), atLeast[k], Values.ratio(atLeast[k], scored),
                    exactly[k], aboveFailure[k], outOfOrder));
        }
        return new Summary(withAnswers, scored, segments, ratio(segments), reachedNone, results,
                reproducibility(complete, scored - complete, errors, completePasses), unscored);
    }

    /** Fully engaged : actively disengaged, {@code null} without actively disengaged respondents. */
    static Double ratio(List<SegmentCount> segments) {
        long fully = segments.get(Segment.FULLY_ENGAGED.ordinal()).count();
        long disengaged = segments.get(Segment.ACTIVELY_DISENGAGED.ordinal()).count();
        return disengaged == 0 ? null : (double) fully / disengaged;
    }

    /** Coefficients of reproducibility and scalability from the errors and the complete patterns' marginals. */
    static Reproducibility reproducibility(long respondents, long excluded, long errors, long[] passes) {
        if (respondents == 0) {
            return new Reproducibility(0, excluded, 0, null, null, null, false);
        }
        int levels = passes.length;
        double cells = (double) respondents * levels;
        double coefficient = 1 - errors / cells;
        double marginal = 0;
        for (long p : passes) {
            double rate = (double) p / respondents;
            marginal += Math.max(rate, 1 - rate);
        }
        marginal /= levels;
        Double scalability = marginal >= 1 ? null : (coefficient - marginal) / (1 - marginal);
        boolean holds = coefficient >= Reproducibility.REPRODUCIBILITY_THRESHOLD && scalability != null
                && scalability >= Reproducibility.SCALABILITY_THRESHOLD;
        return new Reproducibility(respondents, excluded, errors, coefficient, marginal, scalability, holds);
    }

    /**
     * A SQL condition true for the respondents with one of these patterns (their masks as one number in an IN
     * list: measured 100 times faster than a disjunction of mask comparisons on a million respondents).
     */
    static String matching(List<Climb> patterns, String alias, int levels) {
        java.util.Set<Long> keys = new java.util.TreeSet<>();
        for (Climb c : patterns) {
            keys.add(((long) c.scoredMask() << levels) + c.passedMask());
        }
        if (keys.isEmpty()) {
            return "FALSE";
        }
        StringBuilder in = new StringBuilder();
        keys.forEach(k -> in.append(in.isEmpty() ? "" : ", ").append(k));
        return "(" + alias + ".scored_mask * " + (1L << levels) + " + " + alias + ".passed_mask) IN (" + in + ")";
    }
}
