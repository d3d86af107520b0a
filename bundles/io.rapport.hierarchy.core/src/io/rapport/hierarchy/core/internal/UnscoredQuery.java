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

    static List<UnscoredRespondent> run(ProjectStore store, Instrument instrument, String patterns,
            List<Climb> unscoredPatterns, int limit) throws ProjectException {
        if (unscoredPatterns.isEmpty()) {
            return List.of();
        }
        int levels = instrument.levels().size();
        Map<Long, Object[]> found = new LinkedHashMap<>();
        store.query("SELECT r.respondent_no, r.respondent_id, p.scored_mask, p.passed_mask FROM (" + patterns
                + ") p JOIN survey_respondents r ON r.respondent_no = p.respondent_no WHERE "
                + SummaryQuery.matching(unscoredPatterns, "p", levels) + " ORDER BY r.respondent_no LIMIT " + limit,
                List.of(), r -> found.put(Values.count(r.get(0)), new Object[] {r.get(1),
                        new Climb(((Number) r.get(2)).intValue(), ((Number) r.get(3)).intValue(), false, levels)
                                .blocked()}));
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
