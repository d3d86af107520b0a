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

/** The response rate of the metric definitions over the window. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "response-rate", label = "Response rate", unit = "share", version = "1")
public final class ResponseRateIndicator implements JourneyIndicator {
    @Reference
    private EngagementCycle cycle;

    @Override
    public IndicatorValue measure(ProjectStore store, LocalDate asOf, IProgressMonitor monitor)
            throws ProjectException {
        Window window = Window.before(asOf);
        ResponseMetrics total = cycle.metrics(store, Grouping.CHANNEL, window.filter(), monitor).total();
        if (total.responseRate() == null) {
            return IndicatorValue.none("nothing addressed to us, " + window);
        }
        return new IndicatorValue(total.responseRate(), total.responded() + " of " + total.addressed()
                + " addressed answered (" + window + ")");
    }

    @Override
    public String definition() {
        return "Addressed inbound interactions with a response by our accounts or staff, as a share of all addressed"
                + " inbound interactions created in the 90 days up to the day assessed (the metric definitions).";
    }
}
