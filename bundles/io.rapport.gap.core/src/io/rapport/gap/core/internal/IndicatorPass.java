package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.GapFacts;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.Measurement;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every indicator's aggregates, per channel, for the current and the previous period, in one scan of the gap
 * facts (one GROUP BY over both periods), which also finds the channels of the current period. An indicator
 * whose SQL fails (a partner's mistake) is measured on its own afterwards so that it alone is reported as failed,
 * with the store's message.
 */
final class IndicatorPass {
    private final ProjectStore store;
    private final GapPeriod current;
    private final GapPeriod previous;

    IndicatorPass(ProjectStore store, GapPeriod current, GapPeriod previous) {
        this.store = store;
        this.current = current;
        this.previous = previous;
    }

    Measurements run(List<InstalledIndicator> indicators) throws ProjectException {
        Map<String, Map<String, Measurement>> now = new HashMap<>();
        Map<String, Map<String, Measurement>> before = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        Set<String> channels = new TreeSet<>();
        try {
            measure(indicators, now, before, channels);
        } catch (ProjectException e) {
            for (InstalledIndicator one : indicators) {
                try {
                    measure(List.of(one), now, before, channels);
                } catch (ProjectException failed) {
                    now.remove(one.id());
                    before.remove(one.id());
                    failures.put(one.id(), failed.getMessage());
                }
            }
        }
        return new Measurements(List.copyOf(channels), now, before, failures);
    }

    /** Measures the indicators and collects the channels with at least one interaction in the current period. */
    private void measure(List<InstalledIndicator> indicators, Map<String, Map<String, Measurement>> now,
            Map<String, Map<String, Measurement>> before, Set<String> channels) throws ProjectException {
        StringBuilder sql = new StringBuilder("SELECT f.created_at >= ? AS is_current, f.channel");
        List<int[]> columns = new ArrayList<>();
        int column = 2;
        for (InstalledIndicator i : indicators) {
            List<String> aggregates = i.indicator().aggregates();
            columns.add(new int[] { column, aggregates.size() });
            for (String a : aggregates) {
                sql.append(",\n  ").append(a);
                column++;
            }
        }
        sql.append("\nFROM ").append(GapFacts.TABLE).append(" f WHERE f.created_at >= ? AND f.created_at < ?")
                .append(" GROUP BY 1, 2");
        store.query(sql.toString(), List.of(start(current), start(previous), end(current)), r -> {
            boolean isCurrent = (Boolean) r.get(0);
            String channel = (String) r.get(1);
            if (isCurrent) {
                channels.add(channel);
            }
            for (int k = 0; k < indicators.size(); k++) {
                int[] at = columns.get(k);
                long[] values = new long[at[1]];
                for (int v = 0; v < values.length; v++) {
                    Object o = r.get(at[0] + v);
                    values[v] = o == null ? 0 : ((Number) o).longValue();
                }
                InstalledIndicator i = indicators.get(k);
                Measurement m = i.indicator().measure(values, isCurrent ? current : previous);
                (isCurrent ? now : before).computeIfAbsent(i.id(), x -> new TreeMap<>()).put(channel, m);
            }
        });
    }

    static Timestamp start(GapPeriod p) {
        return Timestamp.valueOf(p.from().atStartOfDay());
    }

    static Timestamp end(GapPeriod p) {
        return Timestamp.valueOf(p.to().plusDays(1).atStartOfDay());
    }
}
