package io.rapport.hierarchy.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rapport.hierarchy.core.SurveyInputException;

/**
 * Parses the small JSON files of a survey (instrument, mapping) strictly: a key given twice or anything after the
 * document is an error, since which value was meant cannot be known. Syntax errors name line and column.
 */
final class JsonDocuments {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDocuments() {
    }

    /** The document's root, or {@code null} for an empty text. */
    static JsonNode parse(String json, String source) throws SurveyInputException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SurveyInputException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        }
    }
}
