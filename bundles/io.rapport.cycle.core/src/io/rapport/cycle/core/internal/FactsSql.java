package io.rapport.cycle.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.Grouping;

import java.util.List;

/**
 * Writes the metric definitions of DESIGN.md §3 as SQL over the canonical tables and views (interactions_v,
 * project_actors, project_spaces, sentiment_scores). Kept to plain SQL with window functions so that another
 * engine behind the store API can run it. Join conditions are plain equalities: a boolean column in a join
 * condition made DuckDB fall back to a nested-loop join (measured: 75 times slower at 200,000 rows).
 */
final class FactsSql {
    private FactsSql() {
    }

    /** Version of the facts' definition: change it whenever the query below changes, so stored facts rebuild. */
    static final String VERSION = "cycle-facts-2";
    /** The derived table that holds the facts. */
    static final String TABLE = "derived_cycle_facts";

    /** Builds (if the data or the model changed) the facts table and describes it. */
    static CycleFacts facts(ProjectStore store, String modelKey) throws ProjectException {
        store.materialize(TABLE, VERSION + " / sentiment " + modelKey, select(), List.of(modelKey));
        return new CycleFacts(TABLE, "SELECT i.*, f.sentiment, f.negative, f.addressed, f.response_id, f.response_at,"
                + " f.responder_department, f.first_response_minutes FROM " + TABLE + " f JOIN interactions_v i"
                + " ON i.channel = f.channel AND i.source_id = f.source_id", List.of(), modelKey);
    }

    /** One row per interaction: its key, the columns analyses filter on, and the metric definitions applied. */
    static String select() {
        return """
                SELECT f.*,
                       CASE WHEN f.addressed THEN r.response_id END AS response_id,
                       CASE WHEN f.addressed THEN r.response_at END AS response_at,
                       CASE WHEN f.addressed THEN r.responder_department END AS responder_department,
                       CASE WHEN f.addressed AND r.response_at IS NOT NULL
                            THEN (epoch_ms(r.response_at) - epoch_ms(f.created_at)) / 60000.0 END
                           AS first_response_minutes
                FROM (
                    SELECT b.*,
                           coalesce(b.direction = 'inbound' AND (
                                p.direction = 'outbound'
                                OR om.source_id IS NOT NULL
                                OR (b.in_reply_to IS NULL
                                    AND (b.kind IN ('review', 'ticket') OR sp.name IS NOT NULL))), FALSE)
                               AS addressed,
                           (coalesce(b.sentiment <= %1$s, FALSE) OR coalesce(b.rating <= 2, FALSE)) AS negative
                    FROM (
                        SELECT i.channel, i.source_id, i.kind, i.author_handle, i.role, i.department, i.direction,
                               i.created_at, i.in_reply_to, i.thread_id, i.space, i.rating, s.score AS sentiment
                        FROM interactions_v i
                        LEFT JOIN sentiment_scores s
                               ON s.channel = i.channel AND s.source_id = i.source_id AND s.model = ?
                    ) b
                    LEFT JOIN interactions_v p ON p.channel = b.channel AND p.source_id = b.in_reply_to
                    LEFT JOIN (
                        SELECT DISTINCT m.channel, m.source_id
                        FROM (SELECT channel, source_id, lower(ltrim(unnest(mentions), '@')) AS handle
                              FROM interactions) m
                        JOIN project_actors a
                          ON a.channel = m.channel AND a.handle = m.handle AND a.role = 'our_account'
                    ) om ON om.channel = b.channel AND om.source_id = b.source_id
                    LEFT JOIN (SELECT DISTINCT channel, lower(name) AS name FROM project_spaces) sp
                           ON sp.channel = b.channel AND sp.name = lower(b.space)
                ) f
                LEFT JOIN (
                    SELECT channel, addressed_id, response_id, response_at, responder_department
                    FROM (
                        SELECT q.channel, q.source_id AS addressed_id, o.source_id AS response_id,
                               o.created_at AS response_at,
                               coalesce(o.department,
                                        CASE WHEN o.role = 'our_account' THEN '%2$s' END, '%2$s')
                                   AS responder_department,
                               row_number() OVER (PARTITION BY q.channel, q.source_id
                                                  ORDER BY o.created_at, o.source_id) AS nth
                        FROM interactions_v q
                        JOIN interactions_v o
                          ON o.channel = q.channel AND o.in_reply_to = q.source_id
                         AND o.direction = 'outbound' AND o.created_at >= q.created_at
                        WHERE q.direction = 'inbound'
                    ) ranked
                    WHERE nth = 1
                ) r ON r.channel = f.channel AND r.addressed_id = f.source_id
                """.formatted(SentimentModel.NEGATIVE_THRESHOLD, Grouping.BRAND_ACCOUNT);
    }
}
