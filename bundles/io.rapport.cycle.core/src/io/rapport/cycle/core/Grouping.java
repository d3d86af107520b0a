package io.rapport.cycle.core;

import java.util.Locale;

/** How response metrics are grouped. */
public enum Grouping {
    /** By the channel of the inbound interaction. */
    CHANNEL,
    /** By the UTC month ({@code YYYY-MM}) in which the inbound interaction was created. */
    MONTH,
    /**
     * By the department of the first response's author: a staff member's department, {@code brand account}
     * for our accounts (and replies that are ours by nature, such as a developer reply), {@code (no response)}
     * for addressed interactions nobody answered and {@code (not addressed)} for the other inbound ones.
     */
    DEPARTMENT;

    public static final String BRAND_ACCOUNT = "brand account";
    public static final String NO_RESPONSE = "(no response)";
    public static final String NOT_ADDRESSED = "(not addressed)";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Grouping fromId(String id) {
        for (Grouping g : values()) {
            if (g.id().equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + id + "' (expected channel, month or department)");
    }
}
