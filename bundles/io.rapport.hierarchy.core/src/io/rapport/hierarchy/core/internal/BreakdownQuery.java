package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.SegmentCount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    static Breakdown run(ProjectStore store, Instrument instrument, String attribute, String patterns)
            throws ProjectException {
        int levels = instrument.levels().size();
        Map<String, Map<Segment, Long>> segments = new LinkedHashMap<>();
        Map<String, long[]> scoredAndNot = new LinkedHashMap<>();
        store.query("SELECT a.value, p.scored_mask, p.passed_mask, p.low_base, count(*) FROM (" + patterns + ") p"
                + " LEFT JOIN survey_attributes a ON a.respondent_no = p.respondent_no AND a.name = ?"
                + " GROUP BY a.value, p.scored_mask, p.passed_mask, p.low_base ORDER BY a.value NULLS LAST", List.of(
                        attribute), r -> {
                            String value = (String) r.get(0);
                            Climb c = new Climb(((Number) r.get(1)).intValue(), ((Number) r.get(2)).intValue(),
                                    Values.bool(r.get(3)), levels);
                            long n = Values.count(r.get(4));
                            Segment s = c.segment(instrument);
                            long[] counts = scoredAndNot.computeIfAbsent(value, v -> new long[2]);
                            Map<Segment, Long> group = segments.computeIfAbsent(value, v -> new EnumMap<>(Segment.class));
                            if (s == null) {
                                counts[1] += n;
                            } else {
                                counts[0] += n;
                                group.merge(s, n, Long::sum);
                            }
                        });
        List<Breakdown.Group> groups = new ArrayList<>();
        for (Map.Entry<String, long[]> e : scoredAndNot.entrySet()) {
            long scored = e.getValue()[0];
            List<SegmentCount> counts = new ArrayList<>();
            for (Segment s : Segment.values()) {
                long n = segments.get(e.getKey()).getOrDefault(s, 0L);
                counts.add(new SegmentCount(s, n, Values.ratio(n, scored)));
            }
            groups.add(new Breakdown.Group(e.getKey(), scored, e.getValue()[1], counts, SummaryQuery.ratio(counts),
                    scored < EngagementHierarchy.SMALL_GROUP));
        }
        return new Breakdown(attribute, groups);
    }
}
