package io.rapport.journey.core;

/**
 * A measured value and what it is based on ("412 of 640 addressed, 2026-08-03 to 2026-10-31").
 *
 * @param value {@code null} when there is nothing to measure (then the criterion is not met, and the basis says
 *              why)
 */
public record IndicatorValue(Double value, String basis) {
    public static IndicatorValue none(String why) {
        return new IndicatorValue(null, why);
    }
}
