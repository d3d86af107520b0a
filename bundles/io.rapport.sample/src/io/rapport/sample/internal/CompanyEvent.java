package io.rapport.sample.internal;

import java.time.LocalDate;

/**
 * Something that happened to the sample company and shows in what customers write: an outage, a price rise, a
 * buggy app release, a launch. Gives the views spikes and dips to explain.
 *
 * @param intensity how much extra conversation about the topic it causes per day (1 = doubles the day's volume)
 */
record CompanyEvent(String what, LocalDate first, LocalDate last, Topic topic, Mood mood, double intensity) {

    boolean isOn(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
