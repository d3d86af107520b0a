package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do we answer complaints where everyone sees the answer, or move them out of sight ("send us a DM")? Only answered
 * complaints count: unanswered ones are two-way communication's and prompt dispute resolution's shortfall.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "transparency", label = "Transparency (complaints answered in public)", version = "1")
public final class Transparency implements GapIndicator {

    @Override
    public String formula() {
        return "100 × answered complaints with at least one public reply from us / answered complaints; a complaint "
                + "is a negative interaction addressed to us, a public reply one without 'DM us', 'message us', "
                + "'contact us via' and the like";
    }

    @Override
    public String basis() {
        return "f.addressed AND f.negative AND f.responded";
    }

    @Override
    public String counted() {
        return "f.public_answer";
    }
}
