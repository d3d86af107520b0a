package io.rapport.sample.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The company's one answer to each review, as review sites keep it: with the review, not as a post of its own. */
final class ReviewReplies {
    private ReviewReplies() {
    }

    static Map<Message, Message> of(List<Message> messages) {
        Map<Message, Message> replies = new IdentityHashMap<>();
        for (Message m : messages) {
            if (m.parent() != null && (m.parent().parent() != null || replies.putIfAbsent(m.parent(), m) != null)) {
                throw new IllegalStateException("a review site keeps one company reply per review");
            }
        }
        return replies;
    }
}
