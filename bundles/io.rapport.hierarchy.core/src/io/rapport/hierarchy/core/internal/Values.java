package io.rapport.hierarchy.core.internal;

/** JDBC values to Java, with SQL's NULLs. */
final class Values {
    private Values() {
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b && b;
    }
}
