package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One invented customer: a person with a segment, a region and product, and a handle on each channel they use.
 * Identity matters (the same person asks, is helped, thanks and later helps someone else), so this is a class
 * compared by identity, not a record.
 */
final class Customer {
    private final int number;
    private final String firstName;
    private final String lastName;
    private final Segment segment;
    private final String region;
    private final String product;
    private final double activity;
    private final double helpfulness;
    private final Map<String, String> handles;

    Customer(int number, String firstName, String lastName, Segment segment, String region, String product,
            double activity, double helpfulness, Map<String, String> handles) {
        this.number = number;
        this.firstName = firstName;
        this.lastName = lastName;
        this.segment = segment;
        this.region = region;
        this.product = product;
        this.activity = activity;
        this.helpfulness = helpfulness;
        this.handles = Collections.unmodifiableMap(new LinkedHashMap<>(handles));
    }

    String firstName() {
        return firstName;
    }

    String name() {
        return firstName + " " + lastName;
    }

    Segment segment() {
        return segment;
    }

    String region() {
        return region;
    }

    String product() {
        return product;
    }

    /** How much this person writes, relative to others (a few write a lot). */
    double activity() {
        return activity;
    }

    /** How readily this person answers other customers. */
    double helpfulness() {
        return helpfulness;
    }

    boolean uses(String channel) {
        return handles.containsKey(channel);
    }

    String handleOn(String channel) {
        return handles.get(channel);
    }

    Author on(String channel) {
        return Author.customer(handles.get(channel), displayName(channel));
    }

    /** Review sites show a shortened name; elsewhere people use their full name. */
    private String displayName(String channel) {
        return switch (channel) {
            case Channels.TRUSTPILOT, Channels.GOOGLE_PLAY -> firstName + " " + lastName.charAt(0) + ".";
            case Channels.APP_STORE -> handles.get(channel);
            default -> name();
        };
    }

    @Override
    public String toString() {
        return "customer " + number + " (" + name() + ")";
    }
}
