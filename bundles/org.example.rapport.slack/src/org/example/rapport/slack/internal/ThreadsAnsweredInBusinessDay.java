package org.example.rapport.slack.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.example.rapport.slack.SlackExport;
import org.osgi.service.component.annotations.Component;

/**
 * In shared Slack channels, do customers get an answer from us within a business day? Over the gap facts: what
 * customers address to us on Slack (a conversation they start in a channel the project names as ours, a mention
 * of one of our accounts, a reply to us: the metric definitions' "addressed"), and among it what we first
 * answered within one business day. A business day is 24 hours that skip the weekend: a question asked on a
 * Friday is in time until Monday at the same hour, one on Saturday until Monday at that hour, one on Sunday until
 * Monday at that hour (UTC, as every time in the store).
 * <p>
 * The facts have no text and no kind, so "question" means "addressed to us", not a sentence ending in "?"; and
 * "shared channel" means a channel the project's spaces name ({@code slack:#acme-help}), since that is what makes
 * a customer's new conversation addressed to us.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = SlackExport.THREADS_ANSWERED,
        label = "Slack: customer threads answered within a business day", version = "1")
public final class ThreadsAnsweredInBusinessDay implements GapIndicator {
    /** The minutes a question may wait by the ISO day of week it was asked on (Friday and Saturday span a weekend). */
    static final String DEADLINE_MINUTES = "CASE extract(isodow FROM f.created_at) WHEN 5 THEN 4320"
            + " WHEN 6 THEN 2880 ELSE 1440 END";

    @Override
    public String formula() {
        return "100 × Slack interactions addressed to us (in a channel the project names as ours, mentioning us,"
                + " or replying to us) first answered by us within one business day / Slack interactions addressed"
                + " to us; one business day = 24 hours not counting Saturday and Sunday (Friday's questions are in"
                + " time until Monday), UTC";
    }

    @Override
    public String basis() {
        return "f.channel = '" + SlackExport.CHANNEL + "' AND f.addressed";
    }

    @Override
    public String counted() {
        return "f.responded AND f.first_response_minutes <= " + DEADLINE_MINUTES;
    }
}
