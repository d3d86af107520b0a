package io.rapport.testsupport.jqwik;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

import java.time.Instant;

/** Instants spread evenly over 1900–2100, at the precision a format writes. */
public final class Instants {
    private static final long FROM = -2_208_988_800L;
    private static final long TO = 4_102_444_800L;

    private Instants() {
    }

    public static Arbitrary<Instant> seconds() {
        return seconds(FROM);
    }

    /** Whole seconds from {@code fromEpochSecond} (for formats that cannot write earlier dates) to 2100. */
    public static Arbitrary<Instant> seconds(long fromEpochSecond) {
        return Arbitraries.longs().between(fromEpochSecond, TO).withDistribution(RandomDistribution.uniform())
                .map(Instant::ofEpochSecond);
    }

    public static Arbitrary<Instant> millis() {
        return millis(FROM * 1000);
    }

    /** Milliseconds from {@code fromEpochMilli} (for formats that reject earlier dates) to 2100. */
    public static Arbitrary<Instant> millis(long fromEpochMilli) {
        return Arbitraries.longs().between(fromEpochMilli, TO * 1000).withDistribution(RandomDistribution.uniform())
                .map(Instant::ofEpochMilli);
    }
}
