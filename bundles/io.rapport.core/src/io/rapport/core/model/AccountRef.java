package io.rapport.core.model;

import java.util.Objects;

/** One of the organisation's own accounts on a channel (a brand account). The handle is normalised. */
public record AccountRef(String channel, String handle) {
    public AccountRef {
        Objects.requireNonNull(channel, "channel");
        handle = Objects.requireNonNull(Handles.normalize(handle), "handle");
    }

    /** Parses {@code CHANNEL:HANDLE} as given on the command line. */
    public static AccountRef parse(String spec) {
        String[] p = SpecParts.split(spec, 2, "CHANNEL:HANDLE");
        return new AccountRef(p[0], p[1]);
    }

    @Override
    public String toString() {
        return channel + ":" + handle;
    }
}
