package io.rapport.explorer.core.internal;

import io.rapport.explorer.core.ConversationNode;
import io.rapport.explorer.core.InteractionRow;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the reply tree of a thread's messages: each message under the one it replies to, oldest first. A
 * message whose parent is not in the thread (not imported) becomes a root of its own; so does one message of
 * an {@code in_reply_to} cycle (damaged data), so that every message is shown exactly once. Iterative, so that
 * a long reply chain cannot overflow the stack.
 */
final class ThreadTree {
    private static final Comparator<InteractionRow> OLDEST_FIRST = Comparator.comparing(InteractionRow::createdAt)
            .thenComparing(InteractionRow::sourceId);

    private ThreadTree() {
    }

    /** The roots, {@code rootId} first (if present), the others oldest first. */
    static List<ConversationNode> build(List<InteractionRow> rows, String rootId) {
        Map<String, InteractionRow> byId = new LinkedHashMap<>();
        rows.stream().sorted(OLDEST_FIRST).forEach(r -> byId.put(r.sourceId(), r));
        Map<String, List<InteractionRow>> children = new HashMap<>();
        List<InteractionRow> tops = new ArrayList<>();
        for (InteractionRow r : byId.values()) {
            String parent = r.inReplyTo();
            if (parent != null && !parent.equals(r.sourceId()) && !r.sourceId().equals(rootId)
                    && byId.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
            } else {
                tops.add(r);
            }
        }
        tops.sort(Comparator.comparing((InteractionRow r) -> !r.sourceId().equals(rootId)).thenComparing(OLDEST_FIRST));
        Map<String, ConversationNode> built = new HashMap<>();
        List<ConversationNode> roots = new ArrayList<>();
        for (InteractionRow top : tops) {
            roots.add(buildFrom(top, children, built));
        }
        // messages of a reply cycle are nobody's descendants: start each remaining cycle at its oldest message
        for (InteractionRow r : byId.values()) {
            if (!built.containsKey(r.sourceId())) {
                roots.add(buildFrom(r, children, built));
            }
        }
        return roots;
    }

    /** Builds bottom-up (reversed pre-order) the replies below {@code start} not built yet (cycles). */
    private static ConversationNode buildFrom(InteractionRow start, Map<String, List<InteractionRow>> children,
            Map<String, ConversationNode> built) {
        Map<String, InteractionRow> parents = new HashMap<>();
        List<InteractionRow> preOrder = new ArrayList<>();
        Deque<InteractionRow> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            InteractionRow r = stack.pop();
            preOrder.add(r);
            for (InteractionRow c : children.getOrDefault(r.sourceId(), List.of())) {
                if (!built.containsKey(c.sourceId()) && !parents.containsKey(c.sourceId()) && c != start) {
                    parents.put(c.sourceId(), r);
                    stack.push(c);
                }
            }
        }
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            InteractionRow r = preOrder.get(i);
            List<ConversationNode> replies = new ArrayList<>();
            for (InteractionRow c : children.getOrDefault(r.sourceId(), List.of())) {
                if (parents.get(c.sourceId()) == r) {
                    replies.add(built.get(c.sourceId()));
                }
            }
            built.put(r.sourceId(), node(r, parents.get(r.sourceId()), replies));
        }
        return built.get(start.sourceId());
    }

    private static ConversationNode node(InteractionRow r, InteractionRow parent, List<ConversationNode> replies) {
        Double minutes = null;
        boolean first = false;
        if (r.ours() && parent != null && !parent.ours()) {
            long millis = Duration.between(parent.createdAt(), r.createdAt()).toMillis();
            minutes = millis < 0 ? null : millis / 60_000.0;
            first = r.sourceId().equals(parent.responseId());
        }
        return new ConversationNode(r, minutes, first, replies);
    }
}
