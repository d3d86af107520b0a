package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.CycleFacts;
import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.InteractionRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the thread of an interaction in two queries: its ancestors (following {@code in_reply_to} up, which
 * gives the thread's start and its {@code thread_id}), then every message below that start or carrying that
 * thread id (following {@code in_reply_to} down), with the facts of each.
 */
final class ConversationQuery {
    private static final String ANCESTORS = """
            WITH RECURSIVE up(source_id, in_reply_to, thread_id) AS (
                SELECT source_id, in_reply_to, thread_id FROM interactions WHERE channel = ? AND source_id = ?
                UNION
                SELECT i.source_id, i.in_reply_to, i.thread_id
                FROM up JOIN interactions i ON i.channel = ? AND i.source_id = up.in_reply_to
            )
            SELECT source_id, in_reply_to, thread_id FROM up
            """;
    private static final String MEMBERS = """
            WITH RECURSIVE members(source_id) AS (
                SELECT source_id FROM interactions
                WHERE channel = ? AND (source_id = ? OR source_id = ? OR thread_id = ?)
                UNION
                SELECT i.source_id
                FROM members m JOIN interactions i ON i.channel = ? AND i.in_reply_to = m.source_id
            )
            """;

    private record Link(String inReplyTo, String threadId) {
    }

    private final ProjectStore store;
    private final CycleFacts facts;

    ConversationQuery(ProjectStore store, CycleFacts facts) {
        this.store = store;
        this.facts = facts;
    }

    Optional<Conversation> run(String channel, String sourceId) throws ProjectException {
        Map<String, Link> ancestors = new HashMap<>();
        store.query(ANCESTORS, List.of(channel, sourceId, channel),
                r -> ancestors.put((String) r.get(0), new Link((String) r.get(1), (String) r.get(2))));
        if (!ancestors.containsKey(sourceId)) {
            return Optional.empty();
        }
        // walk up to the oldest ancestor in the project; the nearest thread id on the way names the thread
        String top = sourceId;
        String thread = null;
        Set<String> seen = new HashSet<>();
        for (String id = sourceId; id != null && ancestors.containsKey(id) && seen.add(id);
                id = ancestors.get(id).inReplyTo()) {
            top = id;
            if (thread == null) {
                thread = ancestors.get(id).threadId();
            }
        }
        String threadId = thread == null ? top : thread;
        List<InteractionRow> rows = members(channel, top, threadId);
        // the message the thread id names started the thread, if the project has it
        String root = rows.stream().anyMatch(r -> r.sourceId().equals(threadId)) ? threadId : top;
        return Optional.of(new Conversation(channel, sourceId, ThreadTree.build(rows, root)));
    }

    private List<InteractionRow> members(String channel, String top, String thread) throws ProjectException {
        List<Object> params = new ArrayList<>(List.of(channel, top, thread, thread, channel, channel));
        String sql = MEMBERS + "SELECT " + Columns.SELECT + " FROM " + facts.table() + " x" + Columns.JOIN_TEXT
                + " WHERE x.channel = ? AND x.source_id IN (SELECT source_id FROM members)";
        List<InteractionRow> rows = new ArrayList<>();
        store.query(sql, params, r -> rows.add(Columns.read(r)));
        return rows;
    }
}
