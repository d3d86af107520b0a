package io.rapport.hierarchy.core;

import io.rapport.core.survey.Segment;

import java.util.List;
import java.util.Map;

/**
 * One page of respondents with their result under a rule.
 *
 * @param matching    how many respondents match the query's filters (all pages)
 * @param offset      the position of the first row among them
 * @param rows        the page
 * @param items       the instrument's item ids, in its order (the answer columns)
 * @param attributes  the survey's attribute names, in column order
 */
public record RespondentPage(String rule, long matching, long offset, List<Row> rows, List<String> items,
        List<String> attributes) {
    public RespondentPage {
        rows = List.copyOf(rows);
        items = List.copyOf(items);
        attributes = List.copyOf(attributes);
    }

    /**
     * One respondent.
     *
     * @param handle     {@code channel:handle} as given, or {@code null}
     * @param sourceRow  the row of the responses file it was read from (the header is row 1)
     * @param reached    the level reached (1 = the base; 0 = not even the base), or {@code null} when not scored
     * @param levelId    the id of the level reached, {@code null} when none or not scored
     * @param segment    {@code null} when not scored
     * @param answers    item id → answer as given (before reverse coding); blank items are absent
     * @param attributes attribute name → value; absent when the respondent has none
     */
    public record Row(String respondentId, String handle, long sourceRow, Integer reached, String levelId,
            Segment segment, Map<String, Integer> answers, Map<String, String> attributes) {
        public Row {
            answers = Map.copyOf(answers);
            attributes = Map.copyOf(attributes);
        }
    }
}
