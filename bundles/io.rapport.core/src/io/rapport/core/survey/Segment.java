package io.rapport.core.survey;

/**
 * The four customer segments of the engagement hierarchy (DESIGN.md §1.1), from the most to the least engaged.
 * Which respondents fall into which is decided by the instrument's {@link SegmentMapping}.
 */
public enum Segment {
    FULLY_ENGAGED("fully_engaged", "Fully engaged"),
    ENGAGED("engaged", "Engaged"),
    NOT_ENGAGED("not_engaged", "Not engaged"),
    ACTIVELY_DISENGAGED("actively_disengaged", "Actively disengaged");

    private final String id;
    private final String label;

    Segment(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in JSON, SQL and files: {@code fully_engaged}, {@code engaged}, ... */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the valid ids */
    public static Segment fromId(String id) {
        for (Segment s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown segment '" + id + "' (fully_engaged, engaged, not_engaged, "
                + "actively_disengaged)");
    }
}
