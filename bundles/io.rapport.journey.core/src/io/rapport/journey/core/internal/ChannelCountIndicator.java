package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyIndicator;

import org.eclipse.core.runtime.IProgressMonitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How many channels have interactions of one direction in the window (by the metric definitions: inbound is
 * what customers write, outbound what our accounts and staff write).
 */
abstract class ChannelCountIndicator implements JourneyIndicator {
    private final String direction;
    private final String what;

    ChannelCountIndicator(String direction, String what) {
        this.direction = direction;
        this.what = what;
    }

    abstract EngagementCycle cycle();

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        CycleFacts facts = cycle().facts(store, monitor);
        Window window = Window.before(asOf);
        List<String> channels = new ArrayList<>();
        store.query("SELECT DISTINCT channel FROM " + facts.table() + " WHERE direction = '" + direction
                + "' AND created_at >= ? AND created_at < ? ORDER BY channel", window.bounds(),
                r -> channels.add((String) r.get(0)));
        return new IndicatorValue((double) channels.size(), channels.isEmpty() ? "no " + what + ", " + window
                : String.join(", ", channels) + " (" + window + ")");
    }
}
