package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.RespondentQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of respondents with their level and segment. The survey has only a few dozen distinct patterns, so each
 * pattern's level and segment (worked out by {@link Climb}) are written into the query as a CASE over the
 * pattern's key: filtering and sorting by segment or level happen in the store, a page at a time, and only the
 * page's answers and attributes are read.
 */
final class RespondentsQuery {
    private RespondentsQuery() {
    }

    static RespondentPage run(ProjectStore store, Instrument instrument, String ruleId, String patterns,
            RespondentQuery query) throws ProjectException {
        int levels = instrument.levels().size();
        String from = "FROM survey_respondents r LEFT JOIN (" + withMeaning(store, instrument, patterns, levels)
                + ") p ON p.respondent_no = r.respondent_no";
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        long[] matching = new long[1];
        store.query("SELECT count(*) " + from + where, parameters, r -> matching[0] = Values.count(r.get(0)));
        Map<Long, Partial> rows = new LinkedHashMap<>();
        List<Object> page = new ArrayList<>(parameters);
        page.add(query.limit());
        page.add(query.offset());
        store.query("SELECT r.respondent_no, r.respondent_id, r.handle_channel, r.handle, r.source_row, p.reached,"
                + " p.segment " + from + where + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?", page, r -> {
                    String channel = (String) r.get(2);
                    String handle = (String) r.get(3);
                    rows.put(Values.count(r.get(0)), new Partial((String) r.get(1),
                            handle == null ? null : channel == null ? handle : channel + ":" + handle,
                            Values.count(r.get(4)), reached(r.get(5)), segment(r.get(6))));
                });
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        if (!rows.isEmpty()) {
            String in = String.join(", ", rows.keySet().stream().map(String::valueOf).toList());
            store.query("SELECT respondent_no, item_id, answer FROM survey_answers WHERE respondent_no IN (" + in
                    + ")", List.of(), r -> answers.computeIfAbsent(Values.count(r.get(0)), k -> new HashMap<>())
                            .put((String) r.get(1), ((Number) r.get(2)).intValue()));
            store.query("SELECT respondent_no, name, value FROM survey_attributes WHERE respondent_no IN (" + in
                    + ")", List.of(), r -> attributes.computeIfAbsent(Values.count(r.get(0)), k -> new HashMap<>())
                            .put((String) r.get(1), (String) r.get(2)));
        }
        List<RespondentPage.Row> out = new ArrayList<>();
        rows.forEach((no, p) -> out.add(new RespondentPage.Row(p.id, p.handle, p.sourceRow, p.reached,
                p.reached == null || p.reached == 0 ? null : instrument.levels().get(p.reached - 1).id(), p.segment,
                answers.getOrDefault(no, Map.of()), attributes.getOrDefault(no, Map.of()))));
        return new RespondentPage(ruleId, matching[0], query.offset(), out,
                instrument.items().stream().map(Item::id).toList(), BreakdownQuery.attributes(store));
    }

    private record Partial(String id, String handle, long sourceRow, Integer reached, Segment segment) {
    }

    /** The patterns with two more columns: the level reached and the segment's position (NULL when not scored). */
    private static String withMeaning(ProjectStore store, Instrument instrument, String patterns, int levels)
            throws ProjectException {
        StringBuilder reached = new StringBuilder("CASE");
        StringBuilder segment = new StringBuilder("CASE");
        String key = "(scored_mask * " + (1L << (levels + 1)) + " + passed_mask * 2 + CASE WHEN low_base THEN 1"
                + " ELSE 0 END)";
        for (Climb c : SummaryQuery.counts(store, patterns, levels).keySet()) {
            if (c.reached() == null) {
                continue;
            }
            long k = ((long) c.scoredMask() << (levels + 1)) + ((long) c.passedMask() << 1) + (c.lowBase() ? 1 : 0);
            reached.append(" WHEN ").append(key).append(" = ").append(k).append(" THEN ").append(c.reached());
            segment.append(" WHEN ").append(key).append(" = ").append(k).append(" THEN ")
                    .append(c.segment(instrument).ordinal());
        }
        // a CASE needs at least one WHEN
        reached.append(" WHEN FALSE THEN 0 END");
        segment.append(" WHEN FALSE THEN 0 END");
        return "SELECT respondent_no, " + reached + " AS reached, " + segment + " AS segment FROM (" + patterns + ") x";
    }

    private static String where(RespondentQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.segment() != null) {
            conditions.add("p.segment = " + query.segment().ordinal());
        }
        if (query.notScored()) {
            conditions.add("p.segment IS NULL");
        }
        if (query.search() != null) {
            conditions.add("(r.respondent_id ILIKE ? ESCAPE '\\' OR (coalesce(r.handle_channel || ':', '')"
                    + " || r.handle) ILIKE ? ESCAPE '\\')");
            String pattern = "%" + query.search().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String order(RespondentQuery query) {
        String direction = query.descending() ? " DESC" : "";
        return switch (query.order()) {
            case SURVEY -> "r.respondent_no" + direction;
            case ID -> "r.respondent_id" + direction + ", r.respondent_no";
            // not scored last in both directions: they have no place on the ladder
            case LEVEL -> "p.reached IS NULL, p.reached" + direction + ", r.respondent_no";
            case SEGMENT -> "p.segment IS NULL, p.segment" + direction + ", r.respondent_no";
        };
    }

    private static Integer reached(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Segment segment(Object value) {
        return value == null ? null : Segment.values()[((Number) value).intValue()];
    }
}
