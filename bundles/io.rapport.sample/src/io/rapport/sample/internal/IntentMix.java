package io.rapport.sample.internal;

import java.util.Random;

/**
 * How often customers on one channel ask, complain, praise or suggest, before the customer's own attitude, the
 * news of the day and the company's improvement over the period shift it.
 */
record IntentMix(double question, double complaint, double praise, double idea) {

    /**
     * @param mood     the mood of an event on this topic today, or {@code null}
     * @param progress 0 in the first month of the sample, 1 in the last: complaints get rarer as service improves
     */
    Intent pick(Segment segment, Mood mood, double progress, Random random) {
        double q = question;
        double c = complaint * segment.complaintFactor() * (1 - 0.35 * progress);
        double p = praise * segment.praiseFactor() * (1 + 0.5 * progress);
        double i = idea;
        if (mood == Mood.NEGATIVE) {
            c *= 4;
            q *= 1.5;
        } else if (mood == Mood.POSITIVE) {
            p *= 4;
        }
        double r = random.nextDouble() * (q + c + p + i);
        if (r < q) {
            return Intent.QUESTION;
        }
        if (r < q + c) {
            return Intent.COMPLAINT;
        }
        return r < q + c + p ? Intent.PRAISE : Intent.IDEA;
    }
}
