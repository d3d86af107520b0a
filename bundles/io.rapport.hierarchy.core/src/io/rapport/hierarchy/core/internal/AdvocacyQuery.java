package io.rapport.hierarchy.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
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

    private AdvocacyQuery() {
    }

    static Advocacy run(ProjectStore store, String scores, CycleFacts facts) throws ProjectException {
        String f = facts.table();
        String text = "lower(coalesce(i.text, ''))";
        StringJoiner recommending = new StringJoiner(" OR ", "(", ")");
        RECOMMENDING.forEach(p -> recommending.add(text + " LIKE '%" + p.replace("'", "''") + "%'"));
        StringJoiner negated = new StringJoiner(" OR ", "(", ")");
        NOT_RECOMMENDING.forEach(p -> negated.add(text + " LIKE '%" + p.replace("'", "''") + "%'"));
        String sql = """
                WITH s AS (%1$s),
                linked AS (
                    SELECT r.respondent_no, r.handle_channel AS channel, r.handle
                    FROM survey_respondents r JOIN s ON s.respondent_no = r.respondent_no
                    WHERE s.segment IS NOT NULL AND r.handle IS NOT NULL
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
                SELECT s.segment, count(*), count(r.handle), count(p.respondent_no),
                       coalesce(sum(p.interactions), 0), coalesce(sum(p.about_us), 0), coalesce(sum(p.positive), 0),
                       coalesce(sum(p.negative), 0), coalesce(sum(p.recommendations), 0),
                       count(*) FILTER (WHERE p.recommendations > 0), coalesce(sum(p.helpful), 0),
                       count(*) FILTER (WHERE p.helpful > 0), coalesce(sum(p.shares), 0),
                       count(*) FILTER (WHERE p.shares > 0)
                FROM s
                JOIN survey_respondents r ON r.respondent_no = s.respondent_no
                LEFT JOIN per_respondent p ON p.respondent_no = s.respondent_no
                WHERE s.segment IS NOT NULL
                GROUP BY s.segment
                """.formatted(scores, f, SentimentModel.POSITIVE_THRESHOLD, recommending, negated, text);
        Map<Segment, Advocacy.Row> rows = new EnumMap<>(Segment.class);
        store.query(sql, List.of(), r -> {
            Segment segment = Segment.fromId((String) r.get(0));
            long linked = Values.count(r.get(3));
            long aboutUs = Values.count(r.get(5));
            long positive = Values.count(r.get(6));
            long negative = Values.count(r.get(7));
            long recommenders = Values.count(r.get(9));
            long helpers = Values.count(r.get(11));
            long sharers = Values.count(r.get(13));
            rows.put(segment, new Advocacy.Row(segment, Values.count(r.get(1)), Values.count(r.get(2)), linked,
                    Values.count(r.get(4)), aboutUs, positive, Values.ratio(positive, aboutUs), negative,
                    Values.ratio(negative, aboutUs), Values.count(r.get(8)), recommenders,
                    Values.ratio(recommenders, linked), Values.count(r.get(10)), helpers, Values.ratio(helpers, linked),
                    Values.count(r.get(12)), sharers, Values.ratio(sharers, linked)));
        });
        List<Advocacy.Row> bySegment = new ArrayList<>();
        for (Segment s : Segment.values()) {
            bySegment.add(rows.getOrDefault(s, new Advocacy.Row(s, 0, 0, 0, 0, 0, 0, null, 0, null, 0, 0, null, 0, 0,
                    null, 0, 0, null)));
        }
        return new Advocacy(facts.sentimentModel(), bySegment);
    }
}
