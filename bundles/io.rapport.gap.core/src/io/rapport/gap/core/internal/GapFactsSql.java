package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.Gratitude;
import io.rapport.gap.core.GapFacts;

import java.util.List;

/**
 * Builds {@link GapFacts#TABLE} on the engagement cycle's facts (the one place where addressed, negative and
 * response are defined) and the interactions' text: every text rule of the gap is applied once per interaction
 * here, so that the indicators only count. The join conditions are plain equalities of columns (see the cycle's
 * FactsSql: anything else made DuckDB fall back to nested loops).
 */
final class GapFactsSql {
    /** Change it whenever the query or a rule of GapFacts changes, so that stored facts rebuild. */
    static final String VERSION = "gap-facts-1";

    private GapFactsSql() {
    }

    /**
     * Builds the table unless it is current. It depends on the cycle's facts exactly as they were built (their
     * query version, sentiment model and data version, as {@code derived_tables} records them), so that a new
     * definition of the metrics rebuilds the gap's facts too.
     */
    static void build(ProjectStore store, CycleFacts cycle) throws ProjectException {
        String[] cycleBuild = { cycle.table() + " / sentiment " + cycle.sentimentModel() };
        store.query("SELECT built_from FROM derived_tables WHERE name = ?", List.of(cycle.table()),
                r -> cycleBuild[0] = (String) r.get(0));
        store.materialize(GapFacts.TABLE, VERSION + " on " + cycle.table() + " (" + cycleBuild[0] + ")",
                select(cycle.table()), List.of());
    }

    static String select(String cycleTable) {
        return """
                WITH t AS (
                    SELECT f.channel, f.source_id, f.created_at, f.direction, f.in_reply_to,
                           lower(ltrim(f.author_handle, '@')) AS author,
                           f.addressed, f.negative, f.addressed AND f.response_id IS NOT NULL AS responded,
                           f.first_response_minutes,
                           lower(coalesce(i.text, '')) AS lt,
                           lower(regexp_replace(split_part(trim(coalesce(i.author_name, '')), ' ', 1),
                                                '[^\\p{L}\\p{N}]', '', 'g')) AS first_name
                    FROM %1$s f
                    JOIN interactions i ON i.channel = f.channel AND i.source_id = f.source_id
                ), r AS (
                    SELECT o.channel, o.source_id, o.in_reply_to, o.lt, c.author AS to_author, c.first_name AS to_first,
                           trim(regexp_replace(regexp_replace(o.lt, '@[^[:space:]]+|https?://[^[:space:]]+|[0-9]+',
                                                              ' ', 'g'), '[^\\p{L}]+', ' ', 'g')) AS words
                    FROM t o
                    JOIN t c ON c.channel = o.channel AND c.source_id = o.in_reply_to
                    WHERE o.direction = 'outbound' AND c.direction = 'inbound'
                ), rn AS (
                    SELECT r.*,
                           trim(regexp_replace(replace(replace(' ' || words || ' ', ' ' || to_first || ' ', ' '),
                                                       ' ' || to_author || ' ', ' '), '[[:space:]]+', ' ', 'g'))
                               AS norm
                    FROM r
                ), rs AS (
                    SELECT channel, source_id, in_reply_to,
                           count(*) OVER (PARTITION BY norm) >= %2$d AS templated,
                           (length(to_first) >= 2 AND strpos(' ' || words || ' ', ' ' || to_first || ' ') > 0)
                               OR (length(to_author) >= 3 AND strpos(lt, to_author) > 0) AS addresses_person,
                           NOT regexp_matches(lt, '%3$s') AS public_reply
                    FROM rn
                ), pa AS (
                    SELECT channel, in_reply_to, bool_or(public_reply) AS public_answer
                    FROM rs GROUP BY channel, in_reply_to
                ), th AS (
                    SELECT DISTINCT o.channel, o.in_reply_to AS thanked_id, g.author
                    FROM t g
                    JOIN t o ON o.channel = g.channel AND o.source_id = g.in_reply_to
                    WHERE g.direction = 'inbound' AND o.direction = 'outbound' AND o.in_reply_to IS NOT NULL
                      AND regexp_matches(g.lt, '%4$s')
                ), fa AS (
                    SELECT channel, author, count(*) AS inbound
                    FROM t WHERE direction = 'inbound' GROUP BY channel, author
                )
                SELECT t.channel, t.source_id, t.created_at, t.direction, t.author,
                       t.addressed, t.negative, t.responded, t.first_response_minutes,
                       t.direction = 'outbound' AND t.in_reply_to IS NULL AS our_post,
                       t.direction = 'outbound' AND t.in_reply_to IS NULL AND regexp_matches(t.lt, '%5$s')
                           AS promotional,
                       rs.source_id IS NOT NULL AS our_reply,
                       coalesce(rs.templated, FALSE) AS templated,
                       coalesce(rs.addresses_person, FALSE) AS addresses_person,
                       t.direction = 'inbound' AND coalesce(pa.public_answer, FALSE) AS public_answer,
                       t.direction = 'inbound' AND th.thanked_id IS NOT NULL AS thanked,
                       t.direction = 'inbound' AND regexp_matches(t.lt, '%6$s') AS idea,
                       t.direction = 'inbound' AND coalesce(fa.inbound >= %7$d, FALSE) AS frequent_author
                FROM t
                LEFT JOIN rs ON rs.channel = t.channel AND rs.source_id = t.source_id
                LEFT JOIN pa ON pa.channel = t.channel AND pa.in_reply_to = t.source_id
                LEFT JOIN th ON th.channel = t.channel AND th.thanked_id = t.source_id AND th.author = t.author
                LEFT JOIN fa ON fa.channel = t.channel AND fa.author = t.author
                """.formatted(cycleTable, GapFacts.TEMPLATE_MIN_COPIES, literal(GapFacts.DM_DEFLECTION),
                literal(Gratitude.PATTERN), literal(GapFacts.PROMOTIONAL), literal(GapFacts.IDEA),
                GapFacts.FREQUENT_AUTHOR_MIN);
    }

    /** A pattern inside a SQL string literal. */
    private static String literal(String pattern) {
        return pattern.replace("'", "''");
    }
}
