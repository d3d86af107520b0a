package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.Measurement;

import org.osgi.service.component.annotations.Component;

import java.util.List;

/**
 * Are we there every week on every channel? The share of the period's calendar weeks in which we wrote anything
 * (a post or a reply) on the channel. Chosen over 100 × (1 − coefficient of variation of weekly posts) because
 * it reads plainly ("we were silent 3 weeks out of 13"), its basis (weeks) is visible, and it is defined for a
 * channel where we never write (0), where the coefficient of variation is not.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "consistent-presence", label = "Consistent presence (weeks we were active)",
        version = "1")
public final class ConsistentPresence implements GapIndicator {

    @Override
    public String formula() {
        return "100 × calendar weeks (Monday to Sunday) of the period with at least one outbound interaction on"
                + " the channel / calendar weeks the period touches";
    }

    @Override
    public String basis() {
        return "f.direction = 'outbound'";
    }

    @Override
    public String counted() {
        return "TRUE";
    }

    @Override
    public List<String> aggregates() {
        return List.of("count(DISTINCT date_trunc('week', f.created_at)) FILTER (WHERE f.direction = 'outbound')");
    }

    @Override
    public Measurement measure(long[] aggregates, GapPeriod period) {
        return Measurement.share(aggregates[0], period.weeks());
    }
}
