package io.rapport.gap.core;

import java.util.List;

/**
 * What companies typically provide instead of what customers expect (DESIGN.md §1.4, after the CMO Council and
 * Chess Media Group), shown as the indicators that measure it, so that a shortfall is read off the data.
 */
public record Shortfall(String id, String label, List<String> indicators) {

    public Shortfall {
        indicators = List.copyOf(indicators);
    }

    /** The seven typical shortfalls and the default indicators that measure them. */
    public static final List<Shortfall> TYPICAL = List.of(
            new Shortfall("inconsistent-communication", "Inconsistent communication across channels",
                    List.of("consistent-presence")),
            new Shortfall("listening-without-responding", "Listening without responding",
                    List.of("two-way-communication", "prompt-dispute-resolution")),
            new Shortfall("fragmented-experience", "A fragmented experience",
                    List.of("transparency", "feeling-of-importance")),
            new Shortfall("weak-community-relationships", "Weak community relationships",
                    List.of("collaborative-relationship", "accountability")),
            new Shortfall("too-much-selling", "Too much selling", List.of("too-much-selling")),
            new Shortfall("untargeted-offers", "Untargeted offers", List.of("personalisation", "too-much-selling")),
            new Shortfall("limited-transparency", "Limited transparency", List.of("transparency")));
}
