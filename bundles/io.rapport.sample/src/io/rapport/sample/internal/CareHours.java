package io.rapport.sample.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * When someone at the company is there to answer. A reply that would fall outside waits for the next opening,
 * which is what gives real response times their long tail over nights and weekends.
 *
 * @param open  first hour (UTC) of the working day
 * @param close hour (UTC) at which the working day ends
 */
record CareHours(int open, int close, boolean weekdaysOnly) {
    static final CareHours OFFICE = new CareHours(9, 18, true);

    /** {@code moment} if someone is working then, else a moment shortly after the next opening. */
    Instant next(Instant moment, Random random) {
        LocalDateTime t = LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
        if (isOpen(t)) {
            return moment;
        }
        LocalDateTime day = t.getHour() < open ? t.toLocalDate().atTime(open, 0)
                : t.toLocalDate().plusDays(1).atTime(open, 0);
        while (!isOpen(day)) {
            day = day.plusDays(1);
        }
        return day.plusMinutes(random.nextInt(75)).plusSeconds(random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private boolean isOpen(LocalDateTime t) {
        boolean weekend = t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
        return t.getHour() >= open && t.getHour() < close && !(weekdaysOnly && weekend);
    }
}
