package io.rapport.gap.core;

/** An installed {@link GapIndicator}: its component properties and its formula. */
public record GapIndicatorDescriptor(String id, String label, String version, String formula) {
}
