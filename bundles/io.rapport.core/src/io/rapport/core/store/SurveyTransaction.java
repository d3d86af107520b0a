package io.rapport.core.store;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.SurveyRespondent;

import java.util.List;

/**
 * One change of the project's survey (tables {@code survey_*}, documented in the README): everything written
 * through it becomes visible at {@link #commit()}, all at once, or not at all ({@link #close()} without commit,
 * failure, a killed process). The project holds one survey: one instrument and the respondents' answers, one row
 * per respondent id.
 */
public interface SurveyTransaction extends AutoCloseable {

    /**
     * Makes {@code instrument} the project's instrument, replacing the stored one.
     *
     * @param definition the instrument file's text (the JSON the README documents), kept as the instrument's
     *                   original
     * @param file       where it was read from, for the record
     */
    void replaceInstrument(Instrument instrument, String definition, String file) throws ProjectException;

    /** Removes every stored respondent, with their answers and attributes (a new survey replaces the old). */
    void removeRespondents() throws ProjectException;

    /** Starts receiving the rows of one responses file; finish it before committing. */
    ResponsesWriter beginResponses(String file, String format) throws ProjectException;

    void commit() throws ProjectException;

    /** Rolls back unless committed. */
    @Override
    void close() throws ProjectException;

    /** Receives the rows of one responses file. */
    interface ResponsesWriter {
        /** Rejected rows beyond this many are counted but not kept one by one. */
        int MAX_KEPT_ERRORS = 1000;

        /**
         * Stages a respondent. At {@link #finish()}, one already stored under the same id is replaced (answers,
         * attributes and handle), so that importing a corrected or a cumulative export never duplicates anyone.
         * Give each id at most once per file.
         */
        void accept(SurveyRespondent respondent) throws ProjectException;

        /** A row that was not imported, with its row number, reason and text (kept with the import). */
        void reject(RecordError error);

        /** Moves the staged respondents into the survey and records the import. */
        Summary finish() throws ProjectException;
    }

    /**
     * What one responses file changed.
     *
     * @param importId the row of {@code survey_imports} recording it
     * @param added    respondents the survey did not hold before
     * @param replaced respondents whose stored answers were replaced by this file's
     * @param rejected rows not imported ({@code errors} holds the first {@link ResponsesWriter#MAX_KEPT_ERRORS})
     */
    record Summary(long importId, long added, long replaced, long rejected, List<RecordError> errors) {
        public Summary {
            errors = List.copyOf(errors);
        }
    }
}
