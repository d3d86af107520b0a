package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapFacts;
import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.Measurement;

import org.osgi.service.component.annotations.Component;

import java.util.List;
import java.util.Locale;

/**
 * Does everyone matter, or only the loud? The canonical model has no follower counts, so prominence is the
 * customer's activity: a frequent author has {@value GapFacts#FREQUENT_AUTHOR_MIN}+ inbound interactions on the
 * channel in the project. Parity = 100 × the lower response rate / the higher one (100 = treated alike).
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "feeling-of-importance", label = "Feeling of importance (response parity)",
        version = "1")
public final class FeelingOfImportance implements GapIndicator {

    @Override
    public String formula() {
        return "100 × min(rate occasional, rate frequent) / max(rate occasional, rate frequent), where rate = the"
                + " response rate of the interactions addressed to us by occasional customers (fewer than "
                + GapFacts.FREQUENT_AUTHOR_MIN + " inbound interactions on the channel in the project) and by"
                + " frequent ones; undefined when either group addressed nothing to us or nobody was answered";
    }

    @Override
    public String basis() {
        return "f.addressed";
    }

    @Override
    public String counted() {
        return "f.responded";
    }

    @Override
    public List<String> aggregates() {
        return List.of("count(*) FILTER (WHERE f.addressed AND f.responded AND NOT f.frequent_author)",
                "count(*) FILTER (WHERE f.addressed AND NOT f.frequent_author)",
                "count(*) FILTER (WHERE f.addressed AND f.responded AND f.frequent_author)",
                "count(*) FILTER (WHERE f.addressed AND f.frequent_author)");
    }

    @Override
    public Measurement measure(long[] a, GapPeriod period) {
        long responded = a[0] + a[2];
        long addressed = a[1] + a[3];
        String note = String.format(Locale.ROOT, "occasional %d/%d, frequent %d/%d", a[0], a[1], a[2], a[3]);
        if (a[1] == 0 || a[3] == 0) {
            return new Measurement(null, responded, addressed, note);
        }
        double occasional = (double) a[0] / a[1];
        double frequent = (double) a[2] / a[3];
        double higher = Math.max(occasional, frequent);
        if (higher == 0) {
            return new Measurement(null, responded, addressed, note);
        }
        return new Measurement(100 * Math.min(occasional, frequent) / higher, responded, addressed, note);
    }
}
