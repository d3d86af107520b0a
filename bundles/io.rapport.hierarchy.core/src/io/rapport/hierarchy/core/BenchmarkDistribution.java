package io.rapport.hierarchy.core;

import io.rapport.core.survey.Segment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A published segment distribution to compare with (DESIGN.md §1.1): Gallup's world-class and average
 * organisations. Shipped as data ({@code benchmarks/engagement-benchmarks.json} in this bundle).
 *
 * @param shares  per segment, 0..1, adding up to 1
 * @param ratio   fully engaged : actively disengaged, as published (8:1 and 0.8:1)
 */
public record BenchmarkDistribution(String id, String label, Map<Segment, Double> shares, double ratio,
        String source) {
    public BenchmarkDistribution {
        shares = Collections.unmodifiableMap(new EnumMap<>(shares));
    }
}
