package io.rapport.gap.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.gap.core.GapFacts;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * Evidence for the journey map: the share of customers' ideas addressed to us that we answered, with the gap's
 * idea detection ({@link GapFacts#IDEA}) and the metric definitions' response. It lives here because the ideas
 * are the gap's facts; the journey map finds it as a service when this bundle is installed.
 */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "ideas-answered", label = "Customer ideas answered", unit = "share", version = "1")
public final class IdeasAnsweredIndicator implements JourneyIndicator {
    @Reference
    private EngagementCycle cycle;

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        GapFactsSql.build(store, cycle.facts(store, progress.split(9)));
        LocalDate from = asOf.minusDays(WINDOW_DAYS - 1L);
        long[] counts = new long[2];
        store.query("SELECT count(*) FILTER (WHERE responded), count(*) FROM " + GapFacts.TABLE
                + " WHERE addressed AND idea AND created_at >= ? AND created_at < ?",
                List.of(Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(asOf.plusDays(1).atStartOfDay())),
                r -> {
                    counts[0] = ((Number) r.get(0)).longValue();
                    counts[1] = ((Number) r.get(1)).longValue();
                });
        String window = from + " to " + asOf;
        if (counts[1] == 0) {
            return IndicatorValue.none("no customer ideas addressed to us, " + window);
        }
        return new IndicatorValue((double) counts[0] / counts[1], counts[0] + " of " + counts[1]
                + " ideas answered (" + window + ")");
    }

    @Override
    public String definition() {
        return "Customer ideas and suggestions addressed to us (texts such as 'it would be great if', 'please add',"
                + " 'feature request') that we answered, as a share of all of them, created in the 90 days up to the"
                + " day assessed.";
    }
}
