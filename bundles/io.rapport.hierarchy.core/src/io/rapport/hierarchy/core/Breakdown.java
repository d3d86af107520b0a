package io.rapport.hierarchy.core;

import java.util.List;

/**
 * The segments per value of one attribute. Groups of fewer than {@link EngagementHierarchy#SMALL_GROUP} scored
 * respondents are marked {@code small}: their shares move a lot with one respondent more or less.
 */
public record Breakdown(String attribute, List<Group> groups) {
    public Breakdown {
        groups = List.copyOf(groups);
    }

    /**
     * @param value      the attribute's value, {@code null} for respondents without one
     * @param respondents scored respondents in the group
     * @param notScored   respondents of the group without a segment
     */
    public record Group(String value, long respondents, long notScored, List<SegmentCount> segments,
            Double engagementRatio, boolean small) {
        public Group {
            segments = List.copyOf(segments);
        }
    }
}
