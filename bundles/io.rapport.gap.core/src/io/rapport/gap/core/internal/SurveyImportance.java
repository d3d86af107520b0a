package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Importance from the project's survey: an item's mean answer (reverse-coded items recoded first, as the
 * hierarchy scores them) rescaled from the instrument's scale to 1–5: 1 + 4 × (mean − min) / (max − min).
 */
final class SurveyImportance {
    /** An item's mean on the instrument's scale, its importance 1–5, and how many answered it. */
    record ItemImportance(double mean, double importance, long answers) {
    }

    private SurveyImportance() {
    }

    static Set<String> items(ProjectStore store) throws ProjectException {
        Set<String> items = new LinkedHashSet<>();
        store.query("SELECT item_id FROM survey_items ORDER BY position", List.of(), r -> items.add((String) r.get(0)));
        return items;
    }

    /** Item id → importance, for the items with at least one answer. */
    static Map<String, ItemImportance> byItem(ProjectStore store) throws ProjectException {
        Map<String, ItemImportance> out = new HashMap<>();
        store.query("""
                SELECT it.item_id,
                       avg(CASE WHEN it.reverse THEN s.scale_min + s.scale_max - a.answer ELSE a.answer END),
                       any_value(s.scale_min), any_value(s.scale_max), count(*)
                FROM survey_answers a
                JOIN survey_items it ON it.item_id = a.item_id
                CROSS JOIN survey_instrument s
                GROUP BY it.item_id
                """, List.of(), r -> {
            double mean = ((Number) r.get(1)).doubleValue();
            double min = ((Number) r.get(2)).doubleValue();
            double max = ((Number) r.get(3)).doubleValue();
            double importance = max > min ? 1 + 4 * (mean - min) / (max - min) : 3;
            out.put((String) r.get(0), new ItemImportance(mean, importance, ((Number) r.get(4)).longValue()));
        });
        return out;
    }
}
