package io.rapport.gap.core;

/**
 * What an indicator measured on one channel in one period: the value 0–100 ({@code null} when there is nothing
 * to base it on, never 0), and its basis, {@code numerator} of {@code denominator}, so that a value based on
 * three interactions is seen to be. {@code note} explains a value that is not a plain share (or is empty).
 */
public record Measurement(Double value, long numerator, long denominator, String note) {

    public Measurement {
        if (value != null && (value.isNaN() || value < 0 || value > 100)) {
            throw new IllegalArgumentException("an indicator's value is 0-100, not " + value);
        }
        note = note == null ? "" : note;
    }

    /** 100 × part / whole, undefined when whole is 0. */
    public static Measurement share(long part, long whole) {
        return new Measurement(whole == 0 ? null : 100.0 * part / whole, part, whole, "");
    }

    /** Nothing measured (no interaction of the kind the indicator counts). */
    public static Measurement none() {
        return new Measurement(null, 0, 0, "");
    }
}
