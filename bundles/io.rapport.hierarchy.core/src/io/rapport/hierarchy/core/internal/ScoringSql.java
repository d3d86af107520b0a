package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.LevelAnswers;
import io.rapport.core.survey.ScoringRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * The scoring as SQL over the survey tables, in two steps. {@link #levelsTable} keeps, per respondent, how many
 * items of each level were answered, how many at the top box and their sum (after reverse coding): one pass over
 * the answers, kept as the derived table {@value #TABLE} until the data change. {@link #patterns} applies a rule
 * to it and gives each respondent's pattern: {@code scored_mask} (bit k−1 set when every item of level k was
 * answered), {@code passed_mask} (bit k−1 set when level k passes under the rule) and {@code low_base} (the base
 * level's mean is below the segment mapping's threshold). Everything else (level reached, segment, Guttman
 * errors) follows from the pattern alone and is worked out once per distinct pattern by {@link Climb}, so the
 * queries only count respondents per pattern. Only portable SQL: FILTER aggregates, CASE, comparisons; the
 * instrument's numbers are written as literals.
 */
final class ScoringSql {
    /** Change whenever {@link #levelsSelect} changes, so that stored tables rebuild. */
    static final String VERSION = "survey-levels-2";
    static final String TABLE = "derived_survey_levels";
    /** The columns of {@link #patterns} that identify a pattern. */
    static final String PATTERN = "scored_mask, passed_mask, low_base";

    private final Instrument instrument;
    private final int levels;

    ScoringSql(Instrument instrument) {
        this.instrument = instrument;
        this.levels = instrument.levels().size();
        if (levels > 30) {
            throw new IllegalArgumentException("at most 30 levels are supported, the instrument has " + levels);
        }
    }

    /** Builds the per-respondent level table if the survey changed since it was built. */
    void levelsTable(ProjectStore store) throws ProjectException {
        store.materialize(TABLE, VERSION + " / levels " + levels + " / scale " + instrument.scaleMin() + ".."
                + instrument.scaleMax() + " top " + instrument.topBox(), levelsSelect(), List.of());
    }

    /**
     * One row per respondent with answers: respondent_no, answered_k, top_k, total_k for each level k, as INTEGER
     * (a SUM is a 128-bit HUGEINT in DuckDB, and comparing those was measured 20 times slower than INTEGERs).
     */
    String levelsSelect() {
        StringBuilder sql = new StringBuilder("SELECT respondent_no");
        for (int k = 1; k <= levels; k++) {
            sql.append(",\n  CAST(count(*) FILTER (WHERE lp = ").append(k).append(") AS INTEGER) AS answered_").append(k);
            sql.append(",\n  CAST(count(*) FILTER (WHERE lp = ").append(k).append(" AND v = ").append(instrument.topBox())
                    .append(") AS INTEGER) AS top_").append(k);
            sql.append(",\n  CAST(coalesce(sum(v) FILTER (WHERE lp = ").append(k).append("), 0) AS INTEGER) AS total_")
                    .append(k);
        }
        sql.append("\nFROM (SELECT a.respondent_no, i.level_position AS lp, CASE WHEN i.reverse THEN ")
                .append(instrument.scaleMin() + instrument.scaleMax())
                .append(" - a.answer ELSE a.answer END AS v\n      FROM survey_answers a JOIN survey_items i ON i.item_id = a.item_id) x")
                .append("\nGROUP BY respondent_no");
        return sql.toString();
    }

    /**
     * A SELECT over {@value #TABLE}: one row per respondent with answers, {@code respondent_no} and the pattern
     * columns {@value #PATTERN}.
     *
     * @throws IllegalArgumentException if the rule refuses the instrument's options
     */
    String patterns(ScoringRule rule) {
        StringJoiner scored = new StringJoiner(" + ");
        StringJoiner passed = new StringJoiner(" + ");
        for (int k = 1; k <= levels; k++) {
            Level level = instrument.levels().get(k - 1);
            int items = instrument.itemsOf(level.id()).size();
            String passes = rule.passes(instrument, level, new LevelAnswers(items, "top_" + k, "total_" + k));
            int bit = 1 << (k - 1);
            scored.add("CASE WHEN answered_" + k + " = " + items + " THEN " + bit + " ELSE 0 END");
            passed.add("CASE WHEN answered_" + k + " = " + items + " AND (" + passes + ") THEN " + bit + " ELSE 0 END");
        }
        int baseItems = instrument.itemsOf(instrument.levels().get(0).id()).size();
        String lowBase = "total_1 < " + literal(BigDecimal.valueOf(instrument.segments().activelyDisengagedBelow())
                .multiply(BigDecimal.valueOf(baseItems)));
        return "SELECT respondent_no, " + scored + " AS scored_mask, " + passed + " AS passed_mask, " + lowBase
                + " AS low_base FROM " + TABLE;
    }

    int levels() {
        return levels;
    }

    /** A decimal literal without exponent (portable). */
    static String literal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
