package io.rapport.cycle.core.internal;

import io.rapport.cycle.core.AnalysisFilter;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** The SQL conditions of an {@link AnalysisFilter}, with their parameters. */
final class FilterSql {
    private FilterSql() {
    }

    /**
     * Conditions on {@code alias.created_at} and {@code alias.channel}, each prefixed with {@code AND}
     * (empty when the filter takes everything); their parameters are appended to {@code params}.
     */
    static String and(AnalysisFilter filter, String alias, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.from() != null) {
            sql.append(" AND ").append(alias).append(".created_at >= ?");
            params.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql.append(" AND ").append(alias).append(".created_at < ?");
            params.add(Timestamp.valueOf(LocalDateTime.of(filter.to().plusDays(1), java.time.LocalTime.MIDNIGHT)));
        }
        if (!filter.channels().isEmpty()) {
            sql.append(" AND ").append(alias).append(".channel IN (");
            String sep = "";
            for (String c : filter.channels().stream().sorted().toList()) {
                sql.append(sep).append('?');
                params.add(c);
                sep = ", ";
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
