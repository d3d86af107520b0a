package io.rapport.cycle.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Converts JDBC values of the store's queries. */
final class Values {
    private Values() {
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double real(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** Store timestamps are UTC without zone. */
    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp: " + o.getClass().getName());
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
