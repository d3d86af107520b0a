package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.SegmentCount;

import java.util.ArrayList;
import java.util.List;

/** The segments per value of one attribute, respondents without the attribute in a group of their own. */
final class BreakdownQuery {
    private BreakdownQuery() {
    }

    /** The attribute names respondents have, in the order their columns first appeared. */
    static List<String> attributes(ProjectStore store) throws ProjectException {
        List<String> names = new ArrayList<>();
        store.query("SELECT name FROM survey_attributes GROUP BY name ORDER BY min(respondent_no), name", List.of(),
                r -> names.add((String) r.get(0)));
        return names;
    }

    static Breakdown run(ProjectStore store, String attribute, String scores) throws ProjectException {
        StringBuilder sql = new StringBuilder("SELECT a.value, count(s.reached), count(*) - count(s.reached)");
        for (Segment seg : Segment.values()) {
            sql.append(", count(*) FILTER (WHERE s.segment = '").append(seg.id()).append("')");
        }
        sql.append(" FROM survey_respondents r LEFT JOIN (").append(scores)
                .append(") s ON s.respondent_no = r.respondent_no")
                .append(" LEFT JOIN survey_attributes a ON a.respondent_no = r.respondent_no AND a.name = ?")
                .append(" GROUP BY a.value ORDER BY a.value NULLS LAST");
        List<Breakdown.Group> groups = new ArrayList<>();
        store.query(sql.toString(), List.of(attribute), r -> {
            long scored = Values.count(r.get(1));
            List<SegmentCount> segments = new ArrayList<>();
            for (Segment seg : Segment.values()) {
                long n = Values.count(r.get(3 + seg.ordinal()));
                segments.add(new SegmentCount(seg, n, Values.ratio(n, scored)));
            }
            long fully = segments.get(Segment.FULLY_ENGAGED.ordinal()).count();
            long disengaged = segments.get(Segment.ACTIVELY_DISENGAGED.ordinal()).count();
            groups.add(new Breakdown.Group((String) r.get(0), scored, Values.count(r.get(2)), segments,
                    disengaged == 0 ? null : (double) fully / disengaged, scored < EngagementHierarchy.SMALL_GROUP));
        });
        return new Breakdown(attribute, groups);
    }
}
