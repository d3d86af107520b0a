package io.rapport.hierarchy.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.BenchmarkDistribution;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the published distributions shipped as data ({@value #RESOURCE}). */
final class Benchmarks {
    static final String RESOURCE = "/benchmarks/engagement-benchmarks.json";

    private Benchmarks() {
    }

    static List<BenchmarkDistribution> load() {
        try (InputStream in = Benchmarks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            List<BenchmarkDistribution> out = new ArrayList<>();
            for (JsonNode b : new ObjectMapper().readTree(in).path("benchmarks")) {
                Map<Segment, Double> shares = new EnumMap<>(Segment.class);
                for (Segment s : Segment.values()) {
                    shares.put(s, b.path("shares").path(s.id()).asDouble());
                }
                double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
                if (Math.abs(sum - 1) > 1e-9) {
                    throw new IllegalStateException(RESOURCE + ": the shares of " + b.path("id").asText()
                            + " add up to " + sum);
                }
                out.add(new BenchmarkDistribution(b.path("id").asText(), b.path("label").asText(), shares,
                        b.path("ratio").asDouble(), b.path("source").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
