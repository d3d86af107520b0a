package io.rapport.sample.internal;

import io.rapport.core.model.ActorRole;

/**
 * Who wrote a message, as the generator knows it.
 *
 * @param department {@code null} for customers and brand accounts
 * @param declared   whether the export itself states role and department (review sites, the ticket system);
 *                   otherwise the project settings decide, as they would for a real social export
 */
record Author(String handle, String name, ActorRole role, Department department, boolean declared) {

    static Author customer(String handle, String name) {
        return new Author(handle, name, ActorRole.CUSTOMER, null, false);
    }

    boolean isOurs() {
        return role.isOurs();
    }

    /** How staff sign a personal reply ("– Maya, Customer Care"); brand accounts are signed by the policy. */
    String signOff() {
        if (role == ActorRole.STAFF) {
            return "– " + firstName() + ", " + department.teamName();
        }
        return "";
    }

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
