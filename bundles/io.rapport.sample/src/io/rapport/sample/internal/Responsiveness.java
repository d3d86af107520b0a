package io.rapport.sample.internal;

import java.time.Instant;

/**
 * How the company answers on one channel, at the start of the sample and at its end; in between it improves
 * steadily, which is the story the response dashboard tells.
 *
 * @param coverageFrom   chance that a question addressed to us gets an answer, in the first month
 * @param staffShareFrom share of our answers written by staff from their own accounts (the rest by the brand)
 * @param replyHoursFrom median hours to the first answer
 * @param careBefore     when the care team works, before {@link SampleCalendar#LONGER_CARE_HOURS}
 */
record Responsiveness(double coverageFrom, double coverageTo, double staffShareFrom, double staffShareTo,
        double replyHoursFrom, double replyHoursTo, CareHours careBefore, CareHours careAfter) {

    double coverage(double progress) {
        return lerp(coverageFrom, coverageTo, progress);
    }

    double staffShare(double progress) {
        return lerp(staffShareFrom, staffShareTo, progress);
    }

    double replyHours(double progress) {
        return lerp(replyHoursFrom, replyHoursTo, progress);
    }

    CareHours careHours(Instant moment) {
        return SampleCalendar.day(moment).isBefore(SampleCalendar.LONGER_CARE_HOURS) ? careBefore : careAfter;
    }

    static double lerp(double from, double to, double progress) {
        return from + (to - from) * progress;
    }
}
