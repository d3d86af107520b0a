package io.rapport.gap.core.internal;

import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.Importance;

import java.util.List;

/**
 * The twelve customer expectations of DESIGN.md §1.4 (CMO Council; Chess Media Group) as the default rows.
 * Weights: 5 for prompt dispute resolution and 4 for two-way communication (58 % of people who complained on
 * social media expected a reply, RightNow/Harris 2010), 3 for the others, until the analyst weighs them or binds
 * a survey item. Choice, good value and trust have no behavioural indicator in the channel data: they stay
 * unmeasured until the analyst binds one (a partner's, or a survey) — the matrix says so instead of guessing.
 */
final class DefaultExpectations {
    private static final double TARGET = GapModel.DEFAULT_TARGET;

    private DefaultExpectations() {
    }

    static GapModel model() {
        return new GapModel(List.of(
                row("collaborative-relationship", "A collaborative relationship", 3, "collaborative-relationship"),
                row("marketing-relevancy", "Marketing relevancy", 3, "too-much-selling"),
                row("choice", "Choice", 3),
                row("good-value", "Good value", 3),
                row("trust", "Trust", 3),
                row("prompt-dispute-resolution", "Prompt dispute resolution", 5, "prompt-dispute-resolution"),
                row("feeling-important", "Feeling important", 3, "feeling-of-importance"),
                row("personalisation", "Personalisation", 3, "personalisation"),
                row("transparency", "Transparency", 3, "transparency"),
                row("accountability", "Accountability", 3, "accountability"),
                row("consistent-presence", "Consistent presence", 3, "consistent-presence"),
                row("two-way-communication", "Two-way communication", 4, "two-way-communication")));
    }

    private static Expectation row(String id, String label, int weight, String... indicators) {
        return new Expectation(id, label, List.of(indicators), Importance.weight(weight), TARGET);
    }
}
