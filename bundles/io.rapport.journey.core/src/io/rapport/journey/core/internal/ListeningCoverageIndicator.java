package io.rapport.journey.core.internal;

import io.rapport.cycle.core.EngagementCycle;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Listening coverage: channels whose customers' posts the project holds for the window. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "listening-coverage", label = "Listening coverage", unit = "channels",
        version = "1")
public final class ListeningCoverageIndicator extends ChannelCountIndicator {
    @Reference
    private EngagementCycle cycle;

    public ListeningCoverageIndicator() {
        super("inbound", "inbound interactions");
    }

    @Override
    EngagementCycle cycle() {
        return cycle;
    }

    @Override
    public String definition() {
        return "Channels with at least one inbound interaction (written by customers) created in the 90 days up to"
                + " the day assessed.";
    }
}
