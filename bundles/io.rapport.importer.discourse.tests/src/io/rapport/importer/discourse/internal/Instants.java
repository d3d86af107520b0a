package io.rapport.importer.discourse.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

import java.time.Instant;

/** Instants spread evenly over 1900–2100, at the precision a format writes. */
final class Instants {
    private static final long FROM = -2_208_988_800L;
    private static final long TO = 4_102_444_800L;

    private Instants() {
    }

    static Arbitrary<Instant> seconds() {
        return seconds(FROM);
    }

    /** Whole seconds from {@code fromEpochSecond} (for formats that cannot write earlier dates) to 2100. */
    static Arbitrary<Instant> seconds(long fromEpochSecond) {
        return Arbitraries.longs().between(fromEpochSecond, TO).withDistribution(RandomDistribution.uniform())
                .map(Instant::ofEpochSecond);
    }

    static Arbitrary<Instant> millis() {
        return Arbitraries.longs().between(FROM * 1000, TO * 1000).withDistribution(RandomDistribution.uniform())
                .map(Instant::ofEpochMilli);
    }
}
