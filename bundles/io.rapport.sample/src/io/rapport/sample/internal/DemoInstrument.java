package io.rapport.sample.internal;

import java.util.List;

/**
 * Rapport's openly worded demo instrument for the engagement hierarchy (DESIGN.md §1): rational loyalty, then
 * confidence, integrity, pride and passion, each item answered on a 1–5 agreement scale where only 5 is top box.
 * The wording is Rapport's own; Gallup's licensed items are never shipped.
 */
final class DemoInstrument {
    /** The levels in hierarchy order. */
    static final List<String> LEVELS = List.of("rational", "confidence", "integrity", "pride", "passion");
    static final int SCALE_MIN = 1;
    static final int SCALE_MAX = 5;
    static final int TOP_BOX = 5;

    /** One statement the respondent agrees or disagrees with. */
    record Item(String id, String level, String wording) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("r1", "rational", "All things considered, I am happy with Nimbalo."),
            new Item("r2", "rational", "I expect to still be a Nimbalo customer a year from now."),
            new Item("r3", "rational", "I would suggest Nimbalo to people I know."),
            new Item("c1", "confidence", "Nimbalo does what it says it will do."),
            new Item("c2", "confidence", "I can rely on what Nimbalo tells me."),
            new Item("i1", "integrity", "When something goes wrong, Nimbalo puts it right in a way I find fair."),
            new Item("i2", "integrity", "Nimbalo's prices and terms are fair to customers like me."),
            new Item("p1", "pride", "I like telling people that I am with Nimbalo."),
            new Item("p2", "pride", "Nimbalo's people make me feel valued."),
            new Item("pa1", "passion", "Nimbalo fits the way I live."),
            new Item("pa2", "passion", "I would really miss Nimbalo if it were gone."));

    private DemoInstrument() {
    }
}
