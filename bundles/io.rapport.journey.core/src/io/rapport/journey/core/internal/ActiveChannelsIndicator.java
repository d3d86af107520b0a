package io.rapport.journey.core.internal;

import io.rapport.cycle.core.EngagementCycle;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyIndicatorProperties;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Presence: channels where our accounts or staff posted or replied in the window. */
@Component(service = JourneyIndicator.class)
@JourneyIndicatorProperties(id = "active-channels", label = "Active channels", unit = "channels", version = "1")
public final class ActiveChannelsIndicator extends ChannelCountIndicator {
    @Reference
    private EngagementCycle cycle;

    public ActiveChannelsIndicator() {
        super("outbound", "outbound interactions");
    }

    @Override
    EngagementCycle cycle() {
        return cycle;
    }

    @Override
    public String definition() {
        return "Channels with at least one outbound interaction (by our accounts or staff) created in the 90 days up"
                + " to the day assessed.";
    }
}
