package io.rapport.explorer.core.internal;

import io.rapport.core.sentiment.SentimentModel;
import io.rapport.explorer.core.InteractionQuery;

import java.util.Collection;
import java.util.List;

/** The SQL of an {@link InteractionQuery} over a facts row {@code x}: its conditions and its order. */
final class QuerySql {
    private QuerySql() {
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
            and(sql, "(lower(x.text) LIKE ? ESCAPE '\\' OR lower(x.author_handle) LIKE ? ESCAPE '\\'"
                    + " OR lower(x.author_name) LIKE ? ESCAPE '\\')");
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        return sql.isEmpty() ? "" : " WHERE " + sql;
    }

    /** {@code ORDER BY …}: the sort column, then channel and source id, so that pages never overlap. */
    static String orderBy(InteractionQuery q) {
        String dir = q.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + sortExpression(q) + dir + " NULLS LAST, x.channel" + dir + ", x.source_id" + dir;
    }

    private static String sortExpression(InteractionQuery q) {
        return switch (q.sortBy()) {
            case CREATED_AT -> "x.created_at";
            case CHANNEL -> "x.channel";
            case KIND -> "x.kind";
            case AUTHOR -> "lower(x.author_handle)";
            case DIRECTION -> "x.direction";
            case TEXT -> "lower(x.text)";
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
