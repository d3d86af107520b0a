package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.LevelAnswers;
import io.rapport.core.survey.ScoringRule;
import io.rapport.core.survey.Segment;
import io.rapport.core.survey.SegmentMapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * The scoring as SQL over the survey tables, in two steps. {@link #levelsTable} keeps, per respondent, how many
 * items of each level were answered, how many at the top box and their sum (after reverse coding): one pass over
 * the answers, kept as the derived table {@value #TABLE} until the survey changes. {@link #scores} applies a
 * rule to it: per level {@code scored_k} (every item answered) and {@code passed_k}, the level {@code reached}
 * ({@code NULL} when the climb reaches a level that was not scored: the partial-response policy), the
 * {@code segment} id, and the Guttman errors of the pass/fail pattern. Only portable SQL: FILTER aggregates,
 * CASE, comparisons; the instrument's numbers are written as literals.
 */
final class ScoringSql {
    /** Change whenever {@link #levelsSelect} changes, so that stored tables rebuild. */
    static final String VERSION = "survey-levels-1";
    static final String TABLE = "derived_survey_levels";

    private final Instrument instrument;
    private final int levels;

    ScoringSql(Instrument instrument) {
        this.instrument = instrument;
        this.levels = instrument.levels().size();
    }

    /** Builds the per-respondent level table if the survey changed since it was built. */
    void levelsTable(ProjectStore store) throws ProjectException {
        store.materialize(TABLE, VERSION + " / levels " + levels + " / scale " + instrument.scaleMin() + ".."
                + instrument.scaleMax() + " top " + instrument.topBox(), levelsSelect(), List.of());
    }

    /** One row per respondent with answers: respondent_no, answered_k, top_k, total_k for each level k. */
    String levelsSelect() {
        String scored = "CASE WHEN i.reverse THEN " + (instrument.scaleMin() + instrument.scaleMax())
                + " - a.answer ELSE a.answer END";
        StringBuilder sql = new StringBuilder("SELECT a.respondent_no");
        for (int k = 1; k <= levels; k++) {
            sql.append(",\n  count(*) FILTER (WHERE i.level_position = ").append(k).append(") AS answered_").append(k);
            sql.append(",\n  count(*) FILTER (WHERE i.level_position = ").append(k).append(" AND ").append(scored)
                    .append(" = ").append(instrument.topBox()).append(") AS top_").append(k);
            sql.append(",\n  coalesce(sum(").append(scored).append(") FILTER (WHERE i.level_position = ").append(k)
                    .append("), 0) AS total_").append(k);
        }
        sql.append("\nFROM survey_answers a JOIN survey_items i ON i.item_id = a.item_id\nGROUP BY a.respondent_no");
        return sql.toString();
    }

    /**
     * A SELECT over {@value #TABLE}, one row per respondent: respondent_no, scored_k, passed_k, reached, blocked
     * (the level that stopped an unscored respondent), segment, complete (scored on every level), passes (levels
     * passed) and errors (Goodenough–Edwards errors of the pattern in the hierarchy's order).
     */
    String scores(ScoringRule rule) {
        StringBuilder flags = new StringBuilder("SELECT respondent_no, total_1");
        for (int k = 1; k <= levels; k++) {
            Level level = instrument.levels().get(k - 1);
            int items = instrument.itemsOf(level.id()).size();
            String passes = rule.passes(instrument, level, new LevelAnswers(items, "top_" + k, "total_" + k));
            flags.append(",\n  answered_").append(k).append(" = ").append(items).append(" AS scored_").append(k);
            flags.append(",\n  (answered_").append(k).append(" = ").append(items).append(" AND (").append(passes)
                    .append(")) AS passed_").append(k);
        }
        flags.append("\nFROM ").append(TABLE);

        StringBuilder reached = new StringBuilder("CASE");
        StringBuilder blocked = new StringBuilder("CASE");
        for (int k = 1; k <= levels; k++) {
            reached.append(" WHEN NOT passed_").append(k).append(" THEN (CASE WHEN scored_").append(k).append(" THEN ")
                    .append(k - 1).append(" END)");
            blocked.append(" WHEN NOT scored_").append(k).append(" THEN ").append(k).append(" WHEN NOT passed_")
                    .append(k).append(" THEN NULL");
        }
        reached.append(" ELSE ").append(levels).append(" END");
        blocked.append(" END");

        StringJoiner complete = new StringJoiner(" AND ");
        StringJoiner passes = new StringJoiner(" + ");
        for (int k = 1; k <= levels; k++) {
            complete.add("scored_" + k);
            passes.add("CASE WHEN passed_" + k + " THEN 1 ELSE 0 END");
        }
        StringJoiner errors = new StringJoiner(" + ");
        for (int k = 1; k <= levels; k++) {
            // the perfect pattern with p passes passes levels 1..p: level k passes in it when k <= p
            errors.add("CASE WHEN passed_" + k + " = (" + k + " <= passes) THEN 0 ELSE 1 END");
        }
        SegmentMapping m = instrument.segments();
        int baseItems = instrument.itemsOf(instrument.levels().get(0).id()).size();
        String segment = "CASE WHEN reached IS NULL THEN NULL"
                + " WHEN reached >= " + instrument.position(m.fullyEngagedFrom()) + " THEN '"
                + Segment.FULLY_ENGAGED.id() + "'"
                + " WHEN reached >= " + instrument.position(m.engagedFrom()) + " THEN '" + Segment.ENGAGED.id() + "'"
                + " WHEN reached = 0 AND total_1 < " + literal(BigDecimal.valueOf(m.activelyDisengagedBelow())
                        .multiply(BigDecimal.valueOf(baseItems)))
                + " THEN '" + Segment.ACTIVELY_DISENGAGED.id() + "'"
                + " ELSE '" + Segment.NOT_ENGAGED.id() + "' END";

        return "SELECT g.*, " + segment + " AS segment, CASE WHEN complete THEN " + errors + " END AS errors\n"
                + "FROM (SELECT f.*, " + reached + " AS reached, " + blocked + " AS blocked, " + complete
                + " AS complete, " + passes + " AS passes\nFROM (" + flags + ") f) g";
    }

    int levels() {
        return levels;
    }

    /** A decimal literal without exponent (portable). */
    static String literal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
