package io.rapport.hierarchy.core;

/**
 * Whether the levels form a Guttman scale in the data: the levels pass/fail matrix of the respondents scored on
 * every level, with errors counted by the Goodenough–Edwards method in the hierarchy's order: each respondent's
 * pattern is compared, level by level, with the perfect cumulative pattern of the same number of passed levels
 * (pass the lowest k, fail the rest); every differing cell is one error.
 *
 * @param respondents     respondents with a complete pattern
 * @param excluded        scored respondents left out because they were not scored on every level
 * @param errors          Goodenough–Edwards errors
 * @param coefficient     coefficient of reproducibility: 1 − errors / (respondents × levels)
 * @param minimumMarginal minimum marginal reproducibility: the mean over levels of max(pass rate, 1 − pass rate)
 * @param scalability     coefficient of scalability (Menzel): (coefficient − minimumMarginal) / (1 −
 *                        minimumMarginal); {@code null} when minimumMarginal is 1
 * @param holds           coefficient ≥ {@link #REPRODUCIBILITY_THRESHOLD} and scalability ≥
 *                        {@link #SCALABILITY_THRESHOLD}, the conventional thresholds
 */
public record Reproducibility(long respondents, long excluded, long errors, Double coefficient, Double minimumMarginal,
        Double scalability, boolean holds) {
    public static final double REPRODUCIBILITY_THRESHOLD = 0.90;
    public static final double SCALABILITY_THRESHOLD = 0.60;
    public static final String METHOD = "Goodenough-Edwards, in the hierarchy's level order";
}
