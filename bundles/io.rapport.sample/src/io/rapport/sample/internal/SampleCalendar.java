package io.rapport.sample.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The sample's fixed time line: fourteen full months, what happened to the company in them, and when people
 * write. Fixed dates (not "the last year") so that the same build always writes the same project.
 */
final class SampleCalendar {
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    /** From this day the care team answers on social media from early morning to late evening, every day. */
    static final LocalDate LONGER_CARE_HOURS = LocalDate.of(2026, 4, 1);

    /** Relative share of a day's messages per UTC hour (the sample company is in the UK). */
    private static final List<Double> HOURLY = List.of(0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 1.8, 1.8, 1.7, 1.8,
            1.7, 1.6, 1.6, 1.6, 1.7, 1.9, 2.0, 2.0, 1.7, 1.2, 0.6);

    private final List<CompanyEvent> events = List.of(
            new CompanyEvent("Network outage in the North West", LocalDate.of(2025, 11, 18), LocalDate.of(2025, 11, 21),
                    Topic.SIGNAL, Mood.NEGATIVE, 3.0),
            new CompanyEvent("Black Friday upgrade rush", LocalDate.of(2025, 11, 27), LocalDate.of(2025, 12, 5),
                    Topic.DELIVERY, Mood.NEGATIVE, 0.8),
            new CompanyEvent("Mid-contract price rise announced", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 20),
                    Topic.BILLING, Mood.NEGATIVE, 0.7),
            new CompanyEvent("App 5.0 release with a login bug", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 24),
                    Topic.APP, Mood.NEGATIVE, 1.5),
            new CompanyEvent("5G in twelve more cities, eSIM in the app", LocalDate.of(2026, 6, 2),
                    LocalDate.of(2026, 6, 28), Topic.ESIM, Mood.POSITIVE, 0.6),
            new CompanyEvent("Summer roaming season", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 31),
                    Topic.ROAMING, Mood.POSITIVE, 0.35),
            new CompanyEvent("Storm damage to the fibre network", LocalDate.of(2026, 8, 21), LocalDate.of(2026, 8, 24),
                    Topic.BROADBAND, Mood.NEGATIVE, 2.0),
            new CompanyEvent("Aero 7 pre-orders", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 9),
                    Topic.DELIVERY, Mood.NEGATIVE, 0.6));

    List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(FIRST_DAY); !m.isAfter(YearMonth.from(LAST_DAY)); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** Nothing in the exports is later than this (the day the sample's exports were taken). */
    Instant cutOff() {
        return LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** 0 on the first day, 1 on the last: how far the company has come in improving its engagement. */
    double progress(Instant moment) {
        double total = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        double done = ChronoUnit.DAYS.between(FIRST_DAY, day(moment));
        return Math.max(0, Math.min(1, done / total));
    }

    double progress(YearMonth month) {
        return progress(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The event on that topic that day, if any. */
    CompanyEvent eventOn(LocalDate day, Topic topic) {
        for (CompanyEvent e : events) {
            if (e.topic() == topic && e.isOn(day)) {
                return e;
            }
        }
        return null;
    }

    /** How much more is written on that day than on an ordinary one. */
    double activity(LocalDate day) {
        double a = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.8 : 1.0;
        for (CompanyEvent e : events) {
            if (e.isOn(day)) {
                a += e.intensity();
            }
        }
        return a;
    }

    /** Average activity over a month, to scale its volume. */
    double activity(YearMonth month) {
        double sum = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            sum += activity(month.atDay(d));
        }
        return sum / month.lengthOfMonth();
    }

    /** What a customer writes about on that day: events crowd out the everyday topics. */
    Topic topicOn(LocalDate day, Random random) {
        Topic[] topics = Topic.values();
        double[] w = new double[topics.length];
        double total = 0;
        for (int i = 0; i < topics.length; i++) {
            CompanyEvent e = eventOn(day, topics[i]);
            w[i] = topics[i].weight() * (e == null ? 1 : 1 + 3 * e.intensity());
            total += w[i];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < topics.length; i++) {
            r -= w[i];
            if (r < 0) {
                return topics[i];
            }
        }
        return topics[topics.length - 1];
    }

    /** {@code count} moments in the month, sorted, busier on eventful days and in the daytime. */
    List<Instant> moments(YearMonth month, int count, Random random) {
        int days = month.lengthOfMonth();
        double[] cumulative = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            total += activity(month.atDay(d + 1));
            cumulative[d] = total;
        }
        List<Instant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble() * total;
            int d = 0;
            while (cumulative[d] <= r && d < days - 1) {
                d++;
            }
            out.add(month.atDay(d + 1).atStartOfDay().plusHours(hour(random)).plusMinutes(random.nextInt(60))
                    .plusSeconds(random.nextInt(60)).toInstant(ZoneOffset.UTC));
        }
        out.sort(null);
        return out;
    }

    /** A moment on a working day's office hours in the month (when the company publishes). */
    Instant officeMoment(YearMonth month, Random random) {
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    /** The version of the company's app in the stores at that moment. */
    String appVersionAt(Instant moment) {
        LocalDate d = day(moment);
        if (d.isBefore(LocalDate.of(2026, 3, 5))) {
            return "4.8";
        }
        if (d.isBefore(LocalDate.of(2026, 3, 24))) {
            return "5.0";
        }
        return d.isBefore(LocalDate.of(2026, 7, 1)) ? "5.0.2" : "5.1";
    }

    /**
     * A log-normally distributed delay: most replies come within a few multiples of the median, a few take days.
     */
    static Duration delay(double medianHours, double spread, Random random) {
        double hours = medianHours * Math.exp(spread * random.nextGaussian());
        long seconds = Math.max(60, Math.min((long) (hours * 3600), Duration.ofDays(12).toSeconds()));
        return Duration.ofSeconds(seconds);
    }

    static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }

    private static int hour(Random random) {
        double total = 0;
        for (double h : HOURLY) {
            total += h;
        }
        double r = random.nextDouble() * total;
        for (int h = 0; h < HOURLY.size(); h++) {
            r -= HOURLY.get(h);
            if (r < 0) {
                return h;
            }
        }
        return 12;
    }
}
