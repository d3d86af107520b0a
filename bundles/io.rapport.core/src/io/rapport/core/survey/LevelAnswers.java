package io.rapport.core.survey;

/**
 * SQL expressions for one respondent's answers to the items of one level, after reverse coding, for
 * {@link ScoringRule#passes}: they are only evaluated for respondents who answered every item of the level.
 *
 * @param items  the number of items of the level (a constant of the instrument)
 * @param topBox an integer expression: how many of the answers are at the top box
 * @param total  an integer expression: the sum of the answers
 */
public record LevelAnswers(int items, String topBox, String total) {

    /** A decimal expression: the mean answer of the level. */
    public String mean() {
        return "((" + total + ") * 1.0 / " + items + ")";
    }
}
