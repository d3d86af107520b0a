package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do we see complaints through until the customer is satisfied? A complaint counts when its author thanks one of
 * our replies to it; an unanswered complaint cannot.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "accountability", label = "Accountability (complaints ending in thanks)", version = "1")
public final class Accountability implements GapIndicator {

    @Override
    public String formula() {
        return "100 × complaints whose author thanked one of our replies to them / complaints (negative interactions"
                + " addressed to us); thanks as the engagement cycle detects gratitude";
    }

    @Override
    public String basis() {
        return "f.addressed AND f.negative";
    }

    @Override
    public String counted() {
        return "f.thanked";
    }
}
