package io.rapport.cycle.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.rapport.cycle.core.ResponseMetrics;

import java.util.List;

/** Compares metrics field by field; quantiles and rates within floating-point rounding. */
final class MetricsAssert {
    private MetricsAssert() {
    }

    static void assertMetrics(List<ResponseMetrics> expected, List<ResponseMetrics> actual) {
        assertEquals(expected.stream().map(ResponseMetrics::key).toList(),
                actual.stream().map(ResponseMetrics::key).toList(), "group keys");
        for (int i = 0; i < expected.size(); i++) {
            assertMetrics(expected.get(i), actual.get(i));
        }
    }

    static void assertMetrics(ResponseMetrics expected, ResponseMetrics actual) {
        String g = "group " + expected.key() + ": ";
        assertEquals(expected.key(), actual.key(), g + "key");
        assertEquals(expected.inbound(), actual.inbound(), g + "inbound");
        assertEquals(expected.addressed(), actual.addressed(), g + "addressed");
        assertEquals(expected.responded(), actual.responded(), g + "responded");
        close(expected.responseRate(), actual.responseRate(), g + "response rate");
        close(expected.medianMinutes(), actual.medianMinutes(), g + "median minutes");
        close(expected.p90Minutes(), actual.p90Minutes(), g + "p90 minutes");
        assertEquals(expected.negativeAddressed(), actual.negativeAddressed(), g + "negative addressed");
        assertEquals(expected.negativeUnanswered(), actual.negativeUnanswered(), g + "negative unanswered");
    }

    private static void close(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else {
            assertEquals(expected, actual, 1e-9, what);
        }
    }
}
