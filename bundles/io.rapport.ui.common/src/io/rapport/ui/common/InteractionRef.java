package io.rapport.ui.common;

import java.util.Objects;

/** Names one interaction of the open project: its channel and its source id (unique per channel). */
public record InteractionRef(String channel, String sourceId) {
    public InteractionRef {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
