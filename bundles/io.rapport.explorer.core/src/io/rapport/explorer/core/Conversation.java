package io.rapport.explorer.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole thread of an interaction: its root (the post that started it) with every reply below it. When the
 * thread's start is not in the project, messages whose parent is missing become further roots, oldest first
 * after the root the interaction itself leads to.
 *
 * @param channel  the channel of the thread
 * @param selected the source id of the interaction the conversation was asked for
 * @param roots    at least one
 */
public record Conversation(String channel, String selected, List<ConversationNode> roots) {

    public Conversation {
        roots = List.copyOf(roots);
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a conversation has at least one message");
        }
    }

    /** The start of the thread. */
    public ConversationNode root() {
        return roots.get(0);
    }

    /** Number of messages. */
    public int size() {
        return roots.stream().mapToInt(ConversationNode::size).sum();
    }

    /** The nodes from a root down to the message {@code sourceId}, empty if it is not in the conversation. */
    public List<ConversationNode> pathTo(String sourceId) {
        List<ConversationNode> path = new ArrayList<>();
        for (ConversationNode r : roots) {
            if (collect(r, sourceId, path)) {
                return List.copyOf(path);
            }
        }
        return List.of();
    }

    public Optional<ConversationNode> find(String sourceId) {
        List<ConversationNode> path = pathTo(sourceId);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    private static boolean collect(ConversationNode node, String sourceId, List<ConversationNode> path) {
        path.add(node);
        if (node.sourceId().equals(sourceId)) {
            return true;
        }
        for (ConversationNode r : node.replies()) {
            if (collect(r, sourceId, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
