package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Level;
import io.rapport.hierarchy.core.UnscoredRespondent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The first respondents without a level, in survey order, with the level that stopped them and its blanks. */
final class UnscoredQuery {
    private UnscoredQuery() {
    }

    static List<UnscoredRespondent> run(ProjectStore store, Instrument instrument, String scores, int limit)
            throws ProjectException {
        Map<Long, Object[]> found = new LinkedHashMap<>();
        // respondents without any answer to the instrument's items have no row in the level table at all
        store.query("SELECT r.respondent_no, r.respondent_id, coalesce(s.blocked, 1) FROM survey_respondents r"
                + " LEFT JOIN (" + scores + ") s ON s.respondent_no = r.respondent_no"
                + " WHERE s.reached IS NULL ORDER BY r.respondent_no LIMIT " + limit, List.of(),
                r -> found.put(Values.count(r.get(0)), new Object[] {r.get(1), ((Number) r.get(2)).intValue()}));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> answered = new LinkedHashMap<>();
        StringBuilder in = new StringBuilder();
        for (Long no : found.keySet()) {
            in.append(in.isEmpty() ? "" : ", ").append(no);
            answered.put(no, new HashSet<>());
        }
        store.query("SELECT respondent_no, item_id FROM survey_answers WHERE respondent_no IN (" + in + ")", List.of(),
                r -> answered.get(Values.count(r.get(0))).add((String) r.get(1)));
        List<UnscoredRespondent> out = new ArrayList<>();
        for (Map.Entry<Long, Object[]> e : found.entrySet()) {
            Level level = instrument.levels().get((Integer) e.getValue()[1] - 1);
            List<String> missing = new ArrayList<>();
            for (Item i : instrument.itemsOf(level.id())) {
                if (!answered.get(e.getKey()).contains(i.id())) {
                    missing.add(i.id());
                }
            }
            out.add(new UnscoredRespondent((String) e.getValue()[0], level.id(), missing));
        }
        return out;
    }
}
