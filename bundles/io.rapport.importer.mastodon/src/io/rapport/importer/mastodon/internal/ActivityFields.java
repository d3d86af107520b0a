package io.rapport.importer.mastodon.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What an ActivityStreams object of an outbox says, as read from the file: an activity ({@code Create},
 * {@code Announce}, ...) or the {@code Note} it carries in {@code object}, which has the same shape.
 */
final class ActivityFields {
    String id;
    String type;
    String actor;
    String attributedTo;
    String published;
    String inReplyTo;
    String content;
    String language;
    String url;
    String conversation;
    Long replies;
    Long likes;
    Long shares;
    final List<String> mentions = new ArrayList<>(2);
    /** {@code object} when it is only a URI (an {@code Announce} names what it boosts this way). */
    String objectUri;
    /** {@code object} when it is embedded (the {@code Note} of a {@code Create}). */
    ActivityFields object;
    final JsonValues.Problems problems;

    ActivityFields(JsonValues.Problems problems) {
        this.problems = problems;
    }
}
