package io.rapport.hierarchy.core;

import java.nio.file.Path;

/**
 * What to import into the project's survey.
 *
 * @param instrument a new instrument, or {@code null} to keep the project's
 * @param responses  a responses file (CSV or TSV), or {@code null} to change the instrument only
 * @param mapping    how the columns map, or {@code null} for the default rules
 * @param replace    remove every stored respondent first (a new survey); without it, respondents are replaced
 *                   by id and the others kept, and a new instrument must fit every stored answer
 * @param strict     import nothing if any row is rejected
 */
public record SurveyImportRequest(InstrumentFile instrument, Path responses, ResponseMapping mapping, boolean replace,
        boolean strict) {
    public SurveyImportRequest {
        if (instrument == null && responses == null && !replace) {
            throw new IllegalArgumentException("nothing to import: give an instrument, a responses file or both");
        }
        if (mapping == null) {
            mapping = ResponseMapping.none();
        }
    }
}
