package io.rapport.hierarchy.core;

import io.rapport.core.importer.ImportInputException;

/**
 * An instrument, mapping or responses file cannot be used at all: missing, unreadable, not valid JSON or CSV,
 * or not matching the instrument (a column for an unknown item, no respondent id column). The message is one
 * line naming the file and, for JSON, the path of the offending element ({@code $.items[3].level}).
 * Nothing is imported.
 */
public class SurveyInputException extends ImportInputException {
    private static final long serialVersionUID = 1L;

    public SurveyInputException(String message) {
        super(message);
    }

    public SurveyInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
