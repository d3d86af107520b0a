package io.rapport.core.store;

import java.time.Instant;
import java.util.List;

/**
 * What a project holds, for {@code rapport info} and the Project Explorer.
 *
 * @param firstInteraction {@code null} when the project is empty
 */
public record ProjectSummary(long interactions, List<ChannelKindCount> counts, Instant firstInteraction,
        Instant lastInteraction) {

    /** Number of interactions of one kind on one channel. */
    public record ChannelKindCount(String channel, String kind, long count) {
    }
}
