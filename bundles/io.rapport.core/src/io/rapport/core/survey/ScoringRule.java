package io.rapport.core.survey;

/**
 * Decides whether a respondent passes one level of the hierarchy: a DS service with
 * {@link ScoringRuleProperties} (id, label, version). Rapport ships three open rules ({@code cumulative},
 * {@code top-box-share}, {@code mean-thresholds}); a partner registers another with its own id.
 * <p>
 * What is common to every rule is done by Rapport, not by the rule: answers of reverse-coded items are recoded,
 * a respondent who left an item of a level blank is not scored on that level (the partial-response policy), and
 * the level a respondent reached is the highest level such that it and every level below it pass (the
 * hierarchy is cumulative). The rule only says, in SQL, when one completely answered level passes, so that
 * scoring runs in the store over any number of respondents.
 * <p>
 * Implementations must be stateless and thread-safe.
 */
public interface ScoringRule {

    /**
     * A SQL boolean expression, true when a respondent who answered every item of {@code level} passes it. Use
     * only the expressions of {@code answers}, numeric literals and portable operators (comparison, arithmetic,
     * {@code AND}, {@code OR}, {@code NOT}, {@code CASE}); never text from the instrument.
     *
     * @throws IllegalArgumentException if the instrument's options for this rule are invalid; the message names
     *                                  the option by its JSON path ({@code $.rule_options.<rule>.<name>})
     */
    String passes(Instrument instrument, Level level, LevelAnswers answers);

    /** One sentence for reports: when a level passes, with this instrument's values. */
    String describe(Instrument instrument);
}
