package io.rapport.journey.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.util.Locale;

/** The median first response time of the metric definitions over the window, in minutes. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "median-first-response", label = "Median first response", unit = "minutes",
        version = "1")
public final class MedianFirstResponseIndicator implements JourneyIndicator {
    @Reference
    private EngagementCycle cycle;

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        Window window = Window.before(asOf);
        ResponseMetrics total = cycle.metrics(store, Grouping.CHANNEL, window.filter(), monitor).total();
        if (total.medianMinutes() == null) {
            return IndicatorValue.none("nothing answered, " + window);
        }
        return new IndicatorValue(total.medianMinutes(), String.format(Locale.ROOT,
                "median of %d first responses: %.0f minutes (%s)", total.responded(), total.medianMinutes(), window));
    }

    @Override
    public String definition() {
        return "The median time, in minutes, from an addressed inbound interaction to our first response, over the"
                + " interactions created in the 90 days up to the day assessed (the metric definitions).";
    }
}
