package io.rapport.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a project knows about the organisation: its name, its own accounts, its staff and the spaces it runs.
 * These decide what is inbound, what is addressed to us and what is a response (DESIGN.md, metric definitions).
 */
public record ProjectSettings(String name, List<AccountRef> ourAccounts, List<StaffMember> staff,
        List<OwnedSpace> spaces) {

    public ProjectSettings {
        Objects.requireNonNull(name, "name");
        ourAccounts = List.copyOf(ourAccounts);
        staff = List.copyOf(staff);
        spaces = List.copyOf(spaces);
    }

    public static ProjectSettings named(String name) {
        return new ProjectSettings(name, List.of(), List.of(), List.of());
    }

    /** The role of an author on a channel according to these settings. */
    public ActorRole roleOf(String channel, String handle) {
        String h = Handles.normalize(handle);
        if (ourAccounts.contains(new AccountRef(channel, h))) {
            return ActorRole.OUR_ACCOUNT;
        }
        return staffMember(channel, h).isPresent() ? ActorRole.STAFF : ActorRole.CUSTOMER;
    }

    public Optional<StaffMember> staffMember(String channel, String handle) {
        String h = Handles.normalize(handle);
        return staff.stream().filter(s -> s.channel().equals(channel) && s.handle().equals(h)).findFirst();
    }

    public ProjectSettings withName(String newName) {
        return new ProjectSettings(newName, ourAccounts, staff, spaces);
    }
}
