package io.rapport.hierarchy.core;

import io.rapport.core.store.RecordError;

import java.util.List;
import java.util.Map;

/**
 * What an import into the project's survey did.
 *
 * @param committed          {@code false} only when {@code strict} refused rejected rows: nothing changed
 * @param instrumentReplaced whether the project's instrument changed
 * @param instrument         the name of the instrument the project now holds
 * @param removed            respondents removed by {@code replace}
 * @param responses          the responses file's report, or {@code null} when none was given
 */
public record SurveyImportReport(boolean committed, boolean instrumentReplaced, String instrument, long removed,
        Responses responses) {

    /**
     * One responses file.
     *
     * @param encoding the text encoding of a CSV/TSV file, or {@code XLSX} for a workbook
     * @param delimiter the delimiter of a CSV/TSV file, or 0 for a workbook
     * @param sheet    the sheet read from a workbook, or {@code null} for a CSV/TSV file
     * @param rows     data rows read (the header is row 1; the first respondent row 2)
     * @param added    respondents new to the project
     * @param replaced respondents whose stored answers this file replaced (same respondent id)
     * @param rejected rows not imported; {@code errors} holds the first 1,000 with their row and reason
     * @param partial  rows imported with blank answers; {@code partials} holds the first 1,000
     * @param notes    remarks on rows that were imported (a handle that cannot be linked), the first 1,000
     */
    public record Responses(String file, String encoding, char delimiter, String sheet, Columns columns, long rows, long added,
            long replaced, long rejected, List<RecordError> errors, long partial, List<PartialResponse> partials,
            List<RecordError> notes) {
        public Responses {
            errors = List.copyOf(errors);
            partials = List.copyOf(partials);
            notes = List.copyOf(notes);
        }
    }

    /**
     * How the header was read.
     *
     * @param respondentId  the respondent id column
     * @param handle        the handle column, or {@code null}
     * @param handleChannel the column giving a handle's channel when the handle has no {@code channel:} prefix,
     *                      or {@code null}
     * @param items         column → item id, in column order
     * @param attributes    attribute columns (kept for breakdowns)
     * @param ignored       columns the mapping says to ignore
     */
    public record Columns(String respondentId, String handle, String handleChannel, Map<String, String> items,
            List<String> attributes, List<String> ignored) {
        public Columns {
            items = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(items));
            attributes = List.copyOf(attributes);
            ignored = List.copyOf(ignored);
        }
    }

    /**
     * A respondent imported with blank answers: not scored on {@code levelsNotScored} (the partial-response
     * policy), which matters only if they reach that far.
     */
    public record PartialResponse(long row, String respondentId, List<String> missingItems,
            List<String> levelsNotScored) {
        public PartialResponse {
            missingItems = List.copyOf(missingItems);
            levelsNotScored = List.copyOf(levelsNotScored);
        }
    }
}
