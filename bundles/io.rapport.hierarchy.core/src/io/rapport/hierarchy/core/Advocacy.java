package io.rapport.hierarchy.core;

import io.rapport.core.survey.Segment;

import java.util.List;

/**
 * What linked respondents do online, by segment: the test of the claim that engaged customers are the ones who
 * advocate. A respondent is linked when the handle they gave ({@code channel:handle}) wrote at least one inbound
 * interaction in the project. The README defines each measure.
 *
 * @param sentimentModel the sentiment model whose scores decide positive and negative ({@code id@version})
 */
public record Advocacy(String sentimentModel, List<Row> bySegment) {
    public Advocacy {
        bySegment = List.copyOf(bySegment);
    }

    /**
     * One segment. Shares are {@code null} where their denominator is 0.
     *
     * @param respondents         scored respondents of the segment
     * @param withHandle          of those, how many gave a handle
     * @param linked              of those, how many wrote in the project's channels
     * @param interactions        inbound interactions of the linked respondents
     * @param aboutUs             of those, addressed to us (the metric definition: mentions of our accounts,
     *                            replies to us, posts in our spaces, reviews, tickets)
     * @param positiveAboutUs     of those, positive (sentiment ≥ 0.05 or a rating ≥ 4)
     * @param negativeAboutUs     of those, negative (the metric definition)
     * @param recommendations     interactions detected as recommendations
     * @param recommenders        linked respondents with at least one
     * @param helpfulReplies      replies that help another customer
     * @param helpers             linked respondents with at least one
     * @param sharesOfOurPosts    shares or reposts of one of our posts
     * @param sharers             linked respondents with at least one
     */
    public record Row(Segment segment, long respondents, long withHandle, long linked, long interactions,
            long aboutUs, long positiveAboutUs, Double positiveShare, long negativeAboutUs, Double negativeShare,
            long recommendations, long recommenders, Double recommenderShare, long helpfulReplies, long helpers,
            Double helperShare, long sharesOfOurPosts, long sharers, Double sharerShare) {
    }
}
