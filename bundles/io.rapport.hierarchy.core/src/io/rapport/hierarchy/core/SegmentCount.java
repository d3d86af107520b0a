package io.rapport.hierarchy.core;

import io.rapport.core.survey.Segment;

/** How many scored respondents fall into one segment; {@code share} is {@code null} when nobody was scored. */
public record SegmentCount(Segment segment, long count, Double share) {
}
