package io.rapport.core.model;

import java.util.Objects;

/** An employee who answers customers from a personal account, with the department they work in. */
public record StaffMember(String channel, String handle, String department) {
    public StaffMember {
        Objects.requireNonNull(channel, "channel");
        handle = Objects.requireNonNull(Handles.normalize(handle), "handle");
        Objects.requireNonNull(department, "department");
    }

    /** Parses {@code CHANNEL:HANDLE:DEPARTMENT}. */
    public static StaffMember parse(String spec) {
        String[] p = SpecParts.split(spec, 3, "CHANNEL:HANDLE:DEPARTMENT");
        return new StaffMember(p[0], p[1], p[2]);
    }

    @Override
    public String toString() {
        return channel + ":" + handle + ":" + department;
    }
}
