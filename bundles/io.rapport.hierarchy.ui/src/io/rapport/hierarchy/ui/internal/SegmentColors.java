package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;

import org.eclipse.swt.graphics.Color;

/**
 * One colour per segment, the same in every chart of the view: greens for the engaged, grey for the not engaged,
 * red for the actively disengaged (readable for the common red–green colour blindness through lightness).
 */
final class SegmentColors {
    private static final Color FULLY_ENGAGED = new Color(0, 104, 55);
    private static final Color ENGAGED = new Color(120, 198, 121);
    private static final Color NOT_ENGAGED = new Color(189, 189, 189);
    private static final Color ACTIVELY_DISENGAGED = new Color(215, 48, 39);
    static final Color INK = new Color(40, 40, 40);

    private SegmentColors() {
    }

    static Color of(Segment segment) {
        return switch (segment) {
            case FULLY_ENGAGED -> FULLY_ENGAGED;
            case ENGAGED -> ENGAGED;
            case NOT_ENGAGED -> NOT_ENGAGED;
            case ACTIVELY_DISENGAGED -> ACTIVELY_DISENGAGED;
        };
    }

    /** White text on the dark colours, ink on the light ones. */
    static boolean dark(Segment segment) {
        return segment == Segment.FULLY_ENGAGED || segment == Segment.ACTIVELY_DISENGAGED;
    }
}
