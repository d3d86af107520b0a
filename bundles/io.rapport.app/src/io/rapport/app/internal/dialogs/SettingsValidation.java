package io.rapport.app.internal.dialogs;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Handles;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.StaffMember;

import java.util.List;

/**
 * Checks one entry of the project settings against the others, with messages that say what to change. Returns
 * {@code null} when the entry is fine. {@code accounts}, {@code staff} and {@code spaces} exclude the entry
 * being edited.
 */
public final class SettingsValidation {
    private SettingsValidation() {
    }

    public static String channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return "Choose a channel.";
        }
        if (!Channels.isValidId(channel.strip())) {
            return "'" + channel.strip() + "' is not a channel id: use lower-case letters, digits and '-' "
                    + "(e.g. " + Channels.X + ", " + Channels.GOOGLE_PLAY + ").";
        }
        return null;
    }

    public static String handle(String handle) {
        String h = Handles.normalize(handle);
        if (h == null || h.isEmpty()) {
            return "Enter the handle (the account name on that channel, with or without '@').";
        }
        if (h.chars().anyMatch(Character::isWhitespace)) {
            return "A handle has no spaces: '" + handle.strip() + "'.";
        }
        return null;
    }

    public static String account(String channel, String handle, List<AccountRef> accounts, List<StaffMember> staff) {
        String problem = firstOf(channel(channel), handle(handle));
        if (problem != null) {
            return problem;
        }
        String c = channel.strip();
        String h = Handles.normalize(handle);
        if (accounts.stream().anyMatch(a -> a.channel().equals(c) && a.handle().equals(h))) {
            return c + ": @" + h + " is already one of our accounts.";
        }
        if (staff.stream().anyMatch(s -> s.channel().equals(c) && s.handle().equals(h))) {
            return c + ": @" + h + " is listed as staff; an account is either ours or a staff member's, not both.";
        }
        return null;
    }

    public static String staff(String channel, String handle, String department, List<AccountRef> accounts,
            List<StaffMember> staff) {
        String problem = firstOf(channel(channel), handle(handle));
        if (problem != null) {
            return problem;
        }
        if (department == null || department.isBlank()) {
            return "Enter the department (e.g. Support, Marketing): metrics are grouped by it.";
        }
        String c = channel.strip();
        String h = Handles.normalize(handle);
        if (staff.stream().anyMatch(s -> s.channel().equals(c) && s.handle().equals(h))) {
            return c + ": @" + h + " is already a staff member.";
        }
        if (accounts.stream().anyMatch(a -> a.channel().equals(c) && a.handle().equals(h))) {
            return c + ": @" + h + " is one of our accounts; an account is either ours or a staff member's, not both.";
        }
        return null;
    }

    public static String space(String channel, String name, List<OwnedSpace> spaces) {
        String problem = channel(channel);
        if (problem != null) {
            return problem;
        }
        if (name == null || name.isBlank()) {
            return "Enter the space's name (a subreddit such as r/acme, a page or forum name, or its URL).";
        }
        String c = channel.strip();
        String n = name.strip();
        if (spaces.stream().anyMatch(s -> s.channel().equals(c) && s.name().equalsIgnoreCase(n))) {
            return c + ": " + n + " is already one of our spaces.";
        }
        return null;
    }

    private static String firstOf(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
