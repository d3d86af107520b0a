package io.rapport.hierarchy.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Segment;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.hierarchy.core.Advocacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What linked respondents did online, by segment, over the engagement-cycle facts (the metric definitions of
 * DESIGN.md §3: addressed to us, negative, sentiment). The detection rules, as the README documents them:
 * <ul>
 * <li><b>positive about us</b>: addressed to us, with sentiment ≥ {@value SentimentModel#POSITIVE_THRESHOLD} or a
 * rating ≥ 4;</li>
 * <li><b>recommendation</b>: a review rated 5, or a text that is not negative, asks nothing (no '?') and contains
 * a recommending phrase ({@link #RECOMMENDING}) without a negation of it ({@link #NOT_RECOMMENDING});</li>
 * <li><b>helpful reply</b>: a reply, not negative, to another customer's inbound interaction that asks something
 * (contains '?') or is negative (a problem);</li>
 * <li><b>share of our post</b>: a share whose thread (or, without one, the interaction it answers) is one of our
 * posts.</li>
 * </ul>
 */
final class AdvocacyQuery {
    /** Lower-case phrases that recommend (matched anywhere in the lower-cased text). */
    static final List<String> RECOMMENDING = List.of("recommend", "you should try", "give them a try",
            "give them a go", "worth switching", "switch to them", "go with them", "can't fault", "cannot fault",
            "highly rate");
    /** Lower-case phrases that turn a recommending phrase into its opposite. */
    static final List<String> NOT_RECOMMENDING = List.of("not recommend", "n't recommend", "never recommend",
            "nt recommend", "not to recommend");

    /** Respondents, with handle, linked, interactions, about us, positive, negative, recommendations,
     * recommenders, helpful replies, helpers, shares, sharers. */
    private static final int COUNTS = 13;

    private AdvocacyQuery() {
    }

    static Advocacy run(ProjectStore store, Instrument instrument, String patterns, CycleFacts facts)
            throws ProjectException {
        String f = facts.table();
        String text = "lower(coalesce(i.text, ''))";
        StringJoiner recommending = new StringJoiner(" OR ", "(", ")");
        RECOMMENDING.forEach(p -> recommending.add(text + " LIKE '%" + p.replace("'", "''") + "%'"));
        StringJoiner negated = new StringJoiner(" OR ", "(", ")");
        NOT_RECOMMENDING.forEach(p -> negated.add(text + " LIKE '%" + p.replace("'", "''") + "%'"));
        String sql = """
                WITH p AS (%1$s),
                linked AS (
                    SELECT respondent_no, handle_channel AS channel, handle
                    FROM survey_respondents WHERE handle IS NOT NULL
                ),
                acts AS (
                    SELECT l.respondent_no, x.channel, x.source_id, x.kind, x.addressed, x.negative, x.sentiment,
                           x.rating, x.in_reply_to, x.thread_id, lower(ltrim(x.author_handle, '@')) AS author
                    FROM linked l
                    JOIN %2$s x ON x.channel = l.channel AND lower(ltrim(x.author_handle, '@')) = l.handle
                    WHERE x.direction = 'inbound'
                ),
                flagged AS (
                    SELECT a.respondent_no,
                           a.addressed AS about_us,
                           a.addressed AND (coalesce(a.sentiment >= %3$s, FALSE) OR coalesce(a.rating >= 4, FALSE))
                               AS positive,
                           a.addressed AND a.negative AS negative,
                           (coalesce(a.kind = 'review' AND a.rating >= 5, FALSE)
                            OR (%4$s AND NOT %5$s AND NOT a.negative AND %6$s NOT LIKE '%%?%%')) AS recommendation,
                           (q.source_id IS NOT NULL AND q.direction = 'inbound'
                            AND lower(ltrim(q.author_handle, '@')) <> a.author
                            AND (lower(coalesce(qi.text, '')) LIKE '%%?%%' OR q.negative)
                            AND NOT a.negative) AS helpful,
                           (a.kind = 'share' AND coalesce(o.direction = 'outbound', FALSE)) AS share_of_ours
                    FROM acts a
                    JOIN interactions i ON i.channel = a.channel AND i.source_id = a.source_id
                    LEFT JOIN %2$s q ON q.channel = a.channel AND q.source_id = a.in_reply_to
                    LEFT JOIN interactions qi ON qi.channel = q.channel AND qi.source_id = q.source_id
                    LEFT JOIN %2$s o ON o.channel = a.channel AND o.source_id = coalesce(a.thread_id, a.in_reply_to)
                ),
                per_respondent AS (
                    SELECT respondent_no, count(*) AS interactions,
                           count(*) FILTER (WHERE about_us) AS about_us,
                           count(*) FILTER (WHERE positive) AS positive,
                           count(*) FILTER (WHERE negative) AS negative,
                           count(*) FILTER (WHERE recommendation) AS recommendations,
                           count(*) FILTER (WHERE helpful) AS helpful,
                           count(*) FILTER (WHERE share_of_ours) AS shares
                    FROM flagged GROUP BY respondent_no
                )
                SELECT p.scored_mask, p.passed_mask, p.low_base, count(*), count(r.handle), count(a.respondent_no),
                       coalesce(sum(a.interactions), 0), coalesce(sum(a.about_us), 0), coalesce(sum(a.positive), 0),
                       coalesce(sum(a.negative), 0), coalesce(sum(a.recommendations), 0),
                       count(*) FILTER (WHERE a.recommendations > 0), coalesce(sum(a.helpful), 0),
                       count(*) FILTER (WHERE a.helpful > 0), coalesce(sum(a.shares), 0),
                       count(*) FILTER (WHERE a.shares > 0)
                FROM p
                JOIN survey_respondents r ON r.respondent_no = p.respondent_no
                LEFT JOIN per_respondent a ON a.respondent_no = p.respondent_no
                GROUP BY p.scored_mask, p.passed_mask, p.low_base
                """.formatted(patterns, f, SentimentModel.POSITIVE_THRESHOLD, recommending, negated, text);
        int levels = instrument.levels().size();
        Map<Segment, long[]> sums = new EnumMap<>(Segment.class);
        store.query(sql, List.of(), r -> {
            Segment segment = new Climb(((Number) r.get(0)).intValue(), ((Number) r.get(1)).intValue(),
                    Values.bool(r.get(2)), levels).segment(instrument);
            if (segment != null) {
                long[] sum = sums.computeIfAbsent(segment, s -> new long[COUNTS]);
                for (int i = 0; i < COUNTS; i++) {
                    sum[i] += Values.count(r.get(3 + i));
                }
            }
        });
        List<Advocacy.Row> bySegment = new ArrayList<>();
        for (Segment s : Segment.values()) {
            long[] c = sums.getOrDefault(s, new long[COUNTS]);
            long linked = c[2];
            long aboutUs = c[4];
            bySegment.add(new Advocacy.Row(s, c[0], c[1], linked, c[3], aboutUs, c[5], Values.ratio(c[5], aboutUs),
                    c[6], Values.ratio(c[6], aboutUs), c[7], c[8], Values.ratio(c[8], linked), c[9], c[10],
                    Values.ratio(c[10], linked), c[11], c[12], Values.ratio(c[12], linked)));
        }
        return new Advocacy(facts.sentimentModel(), bySegment);
    }
}
