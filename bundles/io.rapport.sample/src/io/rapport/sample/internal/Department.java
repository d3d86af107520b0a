package io.rapport.sample.internal;

import java.util.Locale;

/** The departments of the sample company whose people talk to customers. */
enum Department {
    SUPPORT("Customer Care"),
    MARKETING("Marketing"),
    PRODUCT("Product"),
    ENGINEERING("Network & App Engineering"),
    SALES("Sales"),
    COMMUNICATIONS("Communications");

    private final String teamName;

    Department(String teamName) {
        this.teamName = teamName;
    }

    /** The department as written in settings and exports. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String teamName() {
        return teamName;
    }
}
