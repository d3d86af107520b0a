package io.rapport.core.model;

import java.util.Objects;

/**
 * A space the organisation runs: a subreddit, a Facebook page, a forum. A top-level post in it is addressed
 * to us even when it names no account of ours.
 */
public record OwnedSpace(String channel, String name) {
    public OwnedSpace {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(name, "name");
    }

    /** Parses {@code CHANNEL:NAME}; the name may itself contain ':' (a URL, for example). */
    public static OwnedSpace parse(String spec) {
        String[] p = SpecParts.split(spec, 2, "CHANNEL:NAME");
        return new OwnedSpace(p[0], p[1]);
    }

    @Override
    public String toString() {
        return channel + ":" + name;
    }
}
