package io.rapport.gap.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The UTC days {@code from}–{@code to}, both inclusive, that a gap report measures. An interaction belongs to the
 * period by its creation time; as for the response metrics, a response after the end still counts.
 */
public record GapPeriod(LocalDate from, LocalDate to) {

    public GapPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
    }

    /** The calendar month of {@code day}. */
    public static GapPeriod monthOf(LocalDate day) {
        return new GapPeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period before this one: the previous calendar month when this is a whole calendar month, otherwise
     * the same number of days immediately before.
     */
    public GapPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfMonth()))) {
            return monthOf(from.minusMonths(1));
        }
        return new GapPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** How many calendar weeks (Monday to Sunday) the period touches: the basis of weekly regularity. */
    public long weeks() {
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
