package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.GapFacts;
import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapPeriod;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The basis of an indicator on one channel, joined back to the interactions for their text. */
final class EvidenceQuery {
    private EvidenceQuery() {
    }

    static List<Evidence> run(ProjectStore store, GapIndicator indicator, String channel, GapPeriod period, int limit)
            throws ProjectException {
        String sql = "SELECT f.channel, f.source_id, f.created_at, i.text, coalesce((" + indicator.counted()
                + "), FALSE) AS counted FROM " + GapFacts.TABLE + " f"
                + " JOIN interactions i ON i.channel = f.channel AND i.source_id = f.source_id"
                + " WHERE f.channel = ? AND f.created_at >= ? AND f.created_at < ? AND (" + indicator.basis() + ")"
                + " ORDER BY counted, f.created_at, f.source_id LIMIT ?";
        List<Evidence> out = new ArrayList<>();
        store.query(sql, List.of(channel, IndicatorPass.start(period), IndicatorPass.end(period), limit),
                r -> out.add(new Evidence((String) r.get(0), (String) r.get(1), instant(r.get(2)), (String) r.get(3),
                        (Boolean) r.get(4))));
        return out;
    }

    private static java.time.Instant instant(Object o) {
        LocalDateTime t = o instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) o;
        return t.toInstant(ZoneOffset.UTC);
    }
}
