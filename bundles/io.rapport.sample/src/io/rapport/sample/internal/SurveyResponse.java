package io.rapport.sample.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the sample survey.
 *
 * @param channel  channel of the handle the respondent gave, or {@code null} if none
 * @param answers  one per item of the demo instrument, 1..5, or {@code null} where left blank
 * @param segment  the segment the answers were drawn from (not written: finding it is the analyst's job)
 */
record SurveyResponse(String respondentId, String handle, String region, String product, String channel,
        LocalDate date, List<Integer> answers, Segment segment) {
}
