package io.rapport.core.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One respondent's row of a survey, as the store keeps it.
 *
 * @param id            the respondent id, unique within the project's survey
 * @param handleChannel the channel of the social handle the respondent gave, or {@code null}
 * @param handle        the handle, normalised (no '@', lower case), or {@code null}
 * @param attributes    attribute column → value (channel, region, product, date...), blank cells left out
 * @param answers       item id → answer as given (before reverse coding); items left blank are absent
 * @param row           the row in the file (the header is row 1)
 * @param raw           the row as read: column → cell, as a JSON object, so that it can be mapped again
 *                      without the file
 */
public record SurveyRespondent(String id, String handleChannel, String handle, Map<String, String> attributes,
        Map<String, Integer> answers, long row, String raw) {
    public SurveyRespondent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        if ((handle == null) != (handleChannel == null)) {
            throw new IllegalArgumentException("a handle needs its channel, and a channel its handle");
        }
    }
}
