package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do we answer what is addressed to us? The response rate of DESIGN.md §3, on the engagement cycle's facts.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "two-way-communication", label = "Two-way communication (response rate)", version = "1")
public final class TwoWayCommunication implements GapIndicator {

    @Override
    public String formula() {
        return "100 × responded / addressed: the response rate of the metric definitions (inbound interactions "
                + "addressed to us that got a reply from us)";
    }

    @Override
    public String basis() {
        return "f.addressed";
    }

    @Override
    public String counted() {
        return "f.responded";
    }
}
