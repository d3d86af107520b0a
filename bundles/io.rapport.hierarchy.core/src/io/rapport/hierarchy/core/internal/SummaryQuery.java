package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.LevelResult;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.core.SegmentCount;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments, per-level results and the Guttman scale of the whole survey, in one aggregate query over the scores:
 * one pass over the per-respondent level table whatever the number of respondents.
 */
final class SummaryQuery {
    private static final int PER_LEVEL = 6;
    private static final int FIRST_LEVEL_COLUMN = 9;

    /** The query's results. */
    record Summary(long withAnswers, long scored, List<SegmentCount> segments, Double engagementRatio,
            long reachedNone, List<LevelResult> levels, Reproducibility reproducibility) {
    }

    private SummaryQuery() {
    }

    static Summary run(ProjectStore store, Instrument instrument, String scores) throws ProjectException {
        int levels = instrument.levels().size();
        StringBuilder sql = new StringBuilder("SELECT count(*), count(reached)");
        for (Segment s : Segment.values()) {
            sql.append(", count(*) FILTER (WHERE segment = '").append(s.id()).append("')");
        }
        sql.append(", count(*) FILTER (WHERE reached = 0), count(*) FILTER (WHERE complete),"
                + " coalesce(sum(errors), 0)");
        for (int k = 1; k <= levels; k++) {
            StringBuilder failedBelow = new StringBuilder("FALSE");
            for (int j = 1; j < k; j++) {
                failedBelow.append(" OR (scored_").append(j).append(" AND NOT passed_").append(j).append(")");
            }
            sql.append(",\n count(*) FILTER (WHERE scored_").append(k).append(")")
                    .append(", count(*) FILTER (WHERE passed_").append(k).append(")")
                    .append(", count(*) FILTER (WHERE reached >= ").append(k).append(")")
                    .append(", count(*) FILTER (WHERE reached = ").append(k).append(")")
                    .append(", count(*) FILTER (WHERE passed_").append(k).append(" AND (").append(failedBelow)
                    .append("))")
                    .append(", count(*) FILTER (WHERE complete AND passed_").append(k).append(")");
        }
        sql.append("\nFROM (").append(scores).append(") s");
        Summary[] out = new Summary[1];
        store.query(sql.toString(), List.of(), r -> {
            long withAnswers = Values.count(r.get(0));
            long scored = Values.count(r.get(1));
            List<SegmentCount> segments = new ArrayList<>();
            for (Segment s : Segment.values()) {
                long n = Values.count(r.get(2 + s.ordinal()));
                segments.add(new SegmentCount(s, n, Values.ratio(n, scored)));
            }
            long fully = segments.get(Segment.FULLY_ENGAGED.ordinal()).count();
            long disengaged = segments.get(Segment.ACTIVELY_DISENGAGED.ordinal()).count();
            long complete = Values.count(r.get(7));
            long errors = Values.count(r.get(8));
            long[] completePasses = new long[levels];
            List<LevelResult> results = new ArrayList<>();
            for (int k = 1; k <= levels; k++) {
                int c = FIRST_LEVEL_COLUMN + (k - 1) * PER_LEVEL;
                long levelScored = Values.count(r.get(c));
                long passed = Values.count(r.get(c + 1));
                long atLeast = Values.count(r.get(c + 2));
                completePasses[k - 1] = Values.count(r.get(c + 5));
                boolean outOfOrder = false;
                for (int j = 0; j < k - 1; j++) {
                    outOfOrder |= completePasses[k - 1] > completePasses[j];
                }
                results.add(new LevelResult(instrument.levels().get(k - 1), k, levelScored, passed,
                        Values.ratio(passed, levelScored), atLeast, Values.ratio(atLeast, scored),
                        Values.count(r.get(c + 3)), Values.count(r.get(c + 4)), outOfOrder));
            }
            out[0] = new Summary(withAnswers, scored, segments, disengaged == 0 ? null : (double) fully / disengaged,
                    Values.count(r.get(6)), results, reproducibility(complete, scored - complete, errors,
                            completePasses));
        });
        return out[0];
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
}
