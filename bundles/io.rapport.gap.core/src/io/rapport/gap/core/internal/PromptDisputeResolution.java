package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Are complaints answered within the time customers expect? The target is 4 hours: the reply time customers
 * expected in the Sprout Social Index 2016 (against 10 hours given). An unanswered complaint is not answered in
 * time.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "prompt-dispute-resolution",
        label = "Prompt dispute resolution (complaints answered in 4 h)", version = "1")
public final class PromptDisputeResolution implements GapIndicator {
    /** The reply time customers expect, in minutes. */
    static final int TARGET_MINUTES = 240;

    @Override
    public String formula() {
        return "100 × complaints first answered within " + TARGET_MINUTES / 60 + " hours / complaints; a complaint"
                + " is a negative interaction addressed to us (sentiment <= -0.05 or a rating <= 2), the first"
                + " response time that of the metric definitions";
    }

    @Override
    public String basis() {
        return "f.addressed AND f.negative";
    }

    @Override
    public String counted() {
        return "f.responded AND f.first_response_minutes <= " + TARGET_MINUTES;
    }
}
