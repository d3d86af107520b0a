package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectStore.Row;
import io.rapport.explorer.core.Direction;
import io.rapport.explorer.core.InteractionRow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The columns that make an {@link InteractionRow}: the facts row {@code x} and, for what the facts table does
 * not hold (text, author name, link), the interaction itself as {@code t}; and how to read them.
 */
final class Columns {
    /** Times as microseconds since the epoch: the store's timestamps are UTC without zone. */
    static final String SELECT = "x.channel, x.source_id, x.kind, epoch_us(x.created_at), x.author_handle,"
            + " t.author_name, x.role, x.department, x.direction, t.text, x.sentiment, x.negative, x.addressed,"
            + " x.response_id, epoch_us(x.response_at), x.first_response_minutes, x.rating, x.thread_id,"
            + " x.in_reply_to, t.url";
    /** Joins the interaction {@code t} of each facts row {@code x}. */
    static final String JOIN_TEXT = " JOIN interactions t ON t.channel = x.channel AND t.source_id = x.source_id";

    private Columns() {
    }

    static InteractionRow read(Row r) throws Exception {
        return new InteractionRow(text(r.get(0)), text(r.get(1)), text(r.get(2)), instant(r.get(3)), text(r.get(4)),
                text(r.get(5)), text(r.get(6)), text(r.get(7)),
                "outbound".equals(r.get(8)) ? Direction.OUTBOUND : Direction.INBOUND, text(r.get(9)),
                r.get(10) instanceof Number n ? n.doubleValue() : null, Boolean.TRUE.equals(r.get(11)),
                Boolean.TRUE.equals(r.get(12)), text(r.get(13)), instant(r.get(14)),
                r.get(15) instanceof Number n ? n.doubleValue() : null,
                r.get(16) instanceof Number n ? n.intValue() : null, text(r.get(17)), text(r.get(18)),
                text(r.get(19)));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static Instant instant(Object epochMicros) {
        return epochMicros instanceof Number n ? Instant.EPOCH.plus(n.longValue(), ChronoUnit.MICROS) : null;
    }
}
