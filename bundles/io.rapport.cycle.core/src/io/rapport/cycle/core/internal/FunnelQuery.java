package io.rapport.cycle.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.cycle.core.FunnelReport.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The engagement cycle of community threads (DESIGN.md §1.2), one row per question, then counted. The
 * detection rules are deliberately simple and documented: they are what an analyst can check by reading the
 * threads.
 */
final class FunnelQuery {
    /** Words and emoji that say thank you, matched on the lower-cased text. */
    static final String GRATITUDE_PATTERN = io.rapport.cycle.core.Gratitude.PATTERN;

    static final String QUESTION_RULE = "an inbound post that starts a thread and contains a question mark";
    static final String ANSWERED_RULE = "someone other than the asker replied to the question";
    static final String BY_US_RULE = "one of the replies is ours (our account or staff)";
    static final String BY_CUSTOMERS_RULE = "one of the replies is by another customer";
    static final String GRATITUDE_RULE = "after the first answer the asker replies in the thread with thanks "
            + "(thanks, thank you, thx, cheers, appreciated, that worked, solved, 🙏 …)";
    static final String RECIPROCATION_RULE = "after the first answer the asker replies to another customer "
            + "in a different thread";
    static final String SHARING_RULE = "after the first answer the asker shares or reposts something on the "
            + "same channel";

    private FunnelQuery() {
    }

    static FunnelReport run(ProjectStore store, AnalysisFilter filter) throws ProjectException {
        List<Object> params = new ArrayList<>();
        String sql = """
                WITH q AS (
                    SELECT i.channel, i.source_id, i.author_handle, i.created_at,
                           coalesce(i.thread_id, i.source_id) AS thread
                    FROM interactions_v i
                    WHERE i.direction = 'inbound' AND i.in_reply_to IS NULL AND i.kind = 'post'
                      AND strpos(coalesce(i.text, ''), '?') > 0 %s
                ), a AS (
                    SELECT q.channel, q.source_id, min(r.created_at) AS first_answer,
                           bool_or(r.direction = 'outbound') AS by_us,
                           bool_or(r.direction = 'inbound') AS by_customer
                    FROM q JOIN interactions_v r
                      ON r.channel = q.channel AND r.in_reply_to = q.source_id
                     AND r.author_handle <> q.author_handle AND r.created_at >= q.created_at
                    GROUP BY q.channel, q.source_id
                ), g AS (
                    SELECT DISTINCT q.channel, q.source_id
                    FROM q JOIN a ON a.channel = q.channel AND a.source_id = q.source_id
                    JOIN interactions_v t
                      ON t.channel = q.channel AND t.author_handle = q.author_handle
                     AND t.created_at > a.first_answer AND t.in_reply_to IS NOT NULL
                    LEFT JOIN interactions_v p ON p.channel = t.channel AND p.source_id = t.in_reply_to
                    WHERE (t.thread_id = q.thread OR t.in_reply_to = q.source_id OR p.in_reply_to = q.source_id)
                      AND regexp_matches(lower(coalesce(t.text, '')), '%s')
                ), rc AS (
                    SELECT DISTINCT q.channel, q.source_id
                    FROM q JOIN a ON a.channel = q.channel AND a.source_id = q.source_id
                    JOIN interactions_v t
                      ON t.channel = q.channel AND t.author_handle = q.author_handle
                     AND t.created_at > a.first_answer
                    JOIN interactions_v p ON p.channel = t.channel AND p.source_id = t.in_reply_to
                    WHERE p.direction = 'inbound' AND p.author_handle <> q.author_handle
                      AND coalesce(p.thread_id, p.source_id) <> q.thread AND p.source_id <> q.source_id
                ), sh AS (
                    SELECT DISTINCT q.channel, q.source_id
                    FROM q JOIN a ON a.channel = q.channel AND a.source_id = q.source_id
                    JOIN interactions_v t
                      ON t.channel = q.channel AND t.author_handle = q.author_handle
                     AND t.created_at > a.first_answer AND t.kind = 'share'
                )
                SELECT count(*),
                       count(a.source_id),
                       count(*) FILTER (WHERE a.by_us),
                       count(*) FILTER (WHERE a.by_customer),
                       count(g.source_id),
                       count(rc.source_id),
                       count(sh.source_id)
                FROM q
                LEFT JOIN a ON a.channel = q.channel AND a.source_id = q.source_id
                LEFT JOIN g ON g.channel = q.channel AND g.source_id = q.source_id
                LEFT JOIN rc ON rc.channel = q.channel AND rc.source_id = q.source_id
                LEFT JOIN sh ON sh.channel = q.channel AND sh.source_id = q.source_id
                """.formatted(FilterSql.and(filter, "i", params), GRATITUDE_PATTERN.replace("'", "''"));
        long[] c = new long[7];
        store.query(sql, params, r -> {
            for (int i = 0; i < c.length; i++) {
                c[i] = Values.count(r.get(i));
            }
        });
        List<Step> steps = List.of(
                step(FunnelReport.QUESTIONS, "Question asked", c[0], c[0], QUESTION_RULE),
                step(FunnelReport.ANSWERED, "Answered", c[1], c[0], ANSWERED_RULE),
                step(FunnelReport.ANSWERED_BY_US, "… by us", c[2], c[0], BY_US_RULE),
                step(FunnelReport.ANSWERED_BY_CUSTOMERS, "… by another customer", c[3], c[0], BY_CUSTOMERS_RULE),
                step(FunnelReport.GRATITUDE, "Gratitude from the asker", c[4], c[0], GRATITUDE_RULE),
                step(FunnelReport.RECIPROCATION, "Reciprocation (asker helps others)", c[5], c[0],
                        RECIPROCATION_RULE),
                step(FunnelReport.SHARING, "Sharing", c[6], c[0], SHARING_RULE));
        return new FunnelReport(steps);
    }

    private static Step step(String id, String label, long count, long questions, String rule) {
        return new Step(id, label, count, Values.ratio(count, questions), rule);
    }
}
