package io.rapport.gap.core;

import java.util.List;

/**
 * One row of a {@link GapReport}: the expectation, its rank (1 = largest gap; rows without a gap last, in their
 * order), its importance 1–5 and where it came from, and, over all channels, the performance and gap weighted
 * by each cell's basis; the same for the previous period, and the change of the gap ({@code gap −
 * previousGap}: positive = wider). Every value is {@code null} when undefined. {@code notes} say why a value is
 * missing (no indicator bound, an indicator not installed, a survey item without answers).
 */
public record ExpectationGap(int rank, Expectation expectation, Double importance, String importanceSource,
        Double performance, Double gap, Double previousPerformance, Double previousGap, Double change,
        List<GapCell> cells, List<String> notes) {

    public ExpectationGap {
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }
}
