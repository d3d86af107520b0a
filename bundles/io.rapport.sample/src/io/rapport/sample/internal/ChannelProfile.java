package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.util.Set;

/**
 * What is particular to one channel in the sample: its export file, how replies and mentions look there, how
 * much is written and about what, and how the company answers there.
 *
 * @param space         the space the company runs on this channel, or {@code null}
 * @param atReplies     replies start with "@handle" and mention it (X, Mastodon, Instagram)
 * @param volumeFrom    volume multiplier in the first month (and {@code volumeTo} in the last): channels grow
 *                      and shrink over the period
 * @param peerHelp      chance that another customer answers a question in this channel's threads
 */
record ChannelProfile(String channel, String exportFile, InteractionKind replyKind, Set<Count> counts, String space,
        boolean atReplies, double volumeFrom, double volumeTo, IntentMix intents, double peerHelp,
        Responsiveness responsiveness) {

    ChannelProfile {
        counts = Set.copyOf(counts);
    }

    double volume(double progress) {
        return Responsiveness.lerp(volumeFrom, volumeTo, progress);
    }

    boolean has(Count count) {
        return counts.contains(count);
    }
}
