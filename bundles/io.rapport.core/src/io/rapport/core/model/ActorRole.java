package io.rapport.core.model;

import java.util.Locale;

/** Who an author is to the organisation. Decides outbound (ours) against inbound (everyone else). */
public enum ActorRole {
    CUSTOMER, OUR_ACCOUNT, STAFF;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public boolean isOurs() {
        return this != CUSTOMER;
    }

    private static final ActorRole[] VALUES = values();

    public static ActorRole fromId(String id) {
        for (ActorRole r : VALUES) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "' (expected customer, our_account or staff)");
    }
}
