package io.rapport.core.model;

import java.util.Locale;

/** Who an author is to the organisation. Decides outbound (ours) against inbound (everyone else). */
public enum ActorRole {
    CUSTOMER, OUR_ACCOUNT, STAFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOurs() {
        return this != CUSTOMER;
    }

    public static ActorRole fromId(String id) {
        for (ActorRole r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "' (expected customer, our_account or staff)");
    }
}
