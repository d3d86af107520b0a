package io.rapport.hierarchy.core;

import java.util.List;

/**
 * A respondent who gets no level and no segment: the climb up the hierarchy reached a level with a blank answer
 * (the partial-response policy), or the base level was not answered completely.
 *
 * @param level        the level the respondent could not be scored on
 * @param missingItems the items of that level left blank
 */
public record UnscoredRespondent(String respondentId, String level, List<String> missingItems) {
    public UnscoredRespondent {
        missingItems = List.copyOf(missingItems);
    }
}
