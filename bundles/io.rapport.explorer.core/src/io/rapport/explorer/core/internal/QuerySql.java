package io.rapport.explorer.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.SortColumn;

import java.util.Collection;
import java.util.List;

/**
 * The SQL of an {@link InteractionQuery} over the facts table as {@code x}: where it reads from, its conditions
 * and its order. The facts table holds no text: a search or a sort by text joins {@code interactions} as
 * {@code i}, other queries never touch the texts.
 */
final class QuerySql {
    private QuerySql() {
    }

    /** {@code FROM …} the facts table, with the texts joined when the query needs them. */
    static String from(String factsTable, InteractionQuery q) {
        String from = " FROM " + factsTable + " x";
        return needsText(q) ? from + " JOIN interactions i ON i.channel = x.channel AND i.source_id = x.source_id"
                : from;
    }

    private static boolean needsText(InteractionQuery q) {
        return !q.search().isEmpty() || q.sortBy() == SortColumn.TEXT;
    }

    /** {@code WHERE …} (or an empty string), appending the parameters to {@code params}. */
    static String where(InteractionQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        in(sql, "x.channel", q.channels(), params);
        in(sql, "x.kind", q.kinds(), params);
        if (q.from() != null) {
            and(sql, "x.created_at >= CAST(? AS TIMESTAMP)");
            params.add(q.from().atStartOfDay().toString());
        }
        if (q.to() != null) {
            and(sql, "x.created_at < CAST(? AS TIMESTAMP)");
            params.add(q.to().plusDays(1).atStartOfDay().toString());
        }
        switch (q.direction()) {
            case INBOUND -> and(sql, "x.direction = 'inbound'");
            case OUTBOUND -> and(sql, "x.direction = 'outbound'");
            case ANY -> {
            }
        }
        switch (q.answered()) {
            case RESPONDED -> and(sql, "x.addressed AND x.response_id IS NOT NULL");
            case UNANSWERED -> and(sql, "x.addressed AND x.response_id IS NULL");
            case ANY -> {
            }
        }
        String positive = Double.toString(SentimentModel.POSITIVE_THRESHOLD);
        switch (q.sentiment()) {
            case NEGATIVE -> and(sql, "x.negative");
            case POSITIVE -> and(sql, "NOT x.negative AND x.sentiment >= " + positive);
            case NEUTRAL -> and(sql, "NOT x.negative AND (x.sentiment IS NULL OR x.sentiment < " + positive + ")");
            case ANY -> {
            }
        }
        if (!q.search().isEmpty()) {
            String pattern = "%" + likeEscaped(q.searchKey()) + "%";
            and(sql, "(lower(i.text) LIKE ? ESCAPE '\\' OR lower(x.author_handle) LIKE ? ESCAPE '\\'"
                    + " OR lower(i.author_name) LIKE ? ESCAPE '\\')");
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        return sql.isEmpty() ? "" : " WHERE " + sql;
    }

    /** {@code ORDER BY …}: the sort column, then channel and source id, so that pages never overlap. */
    static String orderBy(InteractionQuery q) {
        return orderBy(q, sortExpression(q));
    }

    /** The same order with the sort column read from {@code sortKey} (a page's {@link #sortExpression}). */
    static String orderBy(InteractionQuery q, String sortKey) {
        String dir = q.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + sortKey + dir + " NULLS LAST, x.channel" + dir + ", x.source_id" + dir;
    }

    /** What the query sorts by, over {@code x} (and {@code i} for the text). */
    static String sortExpression(InteractionQuery q) {
        return switch (q.sortBy()) {
            case CREATED_AT -> "x.created_at";
            case CHANNEL -> "x.channel";
            case KIND -> "x.kind";
            case AUTHOR -> "lower(x.author_handle)";
            case DIRECTION -> "x.direction";
            case TEXT -> "lower(i.text)";
            case SENTIMENT -> "x.sentiment";
            case STATUS -> "CASE WHEN x.direction = 'outbound' THEN 3 WHEN NOT x.addressed THEN 2"
                    + " WHEN x.response_id IS NULL THEN 0 ELSE 1 END";
            case FIRST_RESPONSE_MINUTES -> "x.first_response_minutes";
        };
    }

    /** Makes {@code %}, {@code _} and the escape character itself match literally. */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void in(StringBuilder sql, String column, Collection<String> values, List<Object> params) {
        if (values.isEmpty()) {
            return;
        }
        and(sql, column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
        values.stream().sorted().forEach(params::add);
    }

    private static void and(StringBuilder sql, String condition) {
        sql.append(sql.isEmpty() ? "" : " AND ").append(condition);
    }
}
