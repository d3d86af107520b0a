package io.rapport.cycle.ui.internal;

import io.rapport.ui.common.widgets.KpiTile.Reference;

import java.util.List;

/**
 * The published figures (DESIGN.md §1.2) each KPI tile shows next to the project's own number, with their
 * source, so that an analyst can say where a number stands and where the comparison comes from. The studies
 * measured different things (complaints on social media, brand messages in general; an average where the
 * dashboard shows a median): each figure says what it measured.
 */
public final class PublishedReferences {

    static final String HARRIS = "RightNow/Harris Interactive, 2010";
    static final String SPROUT = "Sprout Social Index, 2016";

    private PublishedReferences() {
    }

    public static List<Reference> responseRate() {
        return List.of(new Reference("22 % of people who complained on social media got a reply; 58 % expected one",
                HARRIS), new Reference("about 11 % of brand messages answered (9 in 10 unanswered)", SPROUT));
    }

    public static List<Reference> medianFirstResponse() {
        return List.of(new Reference("brands took 10 h on average to reply; customers expected 4 h", SPROUT));
    }

    public static List<Reference> p90FirstResponse() {
        return List.of(new Reference("customers expected a reply within 4 h", SPROUT));
    }

    public static List<Reference> unansweredNegativeShare() {
        return List.of(new Reference("78 % of social media complaints went unanswered (22 % got a reply)", HARRIS),
                new Reference("about 9 in 10 brand messages went unanswered", SPROUT));
    }
}
