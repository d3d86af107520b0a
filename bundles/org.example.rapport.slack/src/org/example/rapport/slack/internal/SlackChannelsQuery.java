package org.example.rapport.slack.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.example.rapport.slack.SlackChannelSummary;
import org.example.rapport.slack.SlackChannels;
import org.example.rapport.slack.SlackExport;
import org.osgi.service.component.annotations.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-channel numbers, in one query over {@code interactions_v} (the canonical interactions with the
 * project's direction: outbound is ours). A conversation counts as answered when one of our messages replies in
 * its thread after it started.
 */
@Component(service = SlackChannels.class)
public final class SlackChannelsQuery implements SlackChannels {
    static final String SQL = """
            SELECT i.space,
                   count(*) AS messages,
                   count(*) FILTER (WHERE i.in_reply_to IS NULL
                                      AND (coalesce(i.replies, 0) > 0 OR coalesce(t.replies, 0) > 0)) AS threads,
                   count(*) FILTER (WHERE i.in_reply_to IS NULL AND i.direction = 'inbound') AS customer_posts,
                   count(*) FILTER (WHERE i.in_reply_to IS NULL AND i.direction = 'inbound'
                                      AND t.first_ours IS NOT NULL) AS answered
            FROM interactions_v i
            LEFT JOIN (
                SELECT o.channel, o.thread_id, count(*) AS replies,
                       min(CASE WHEN o.direction = 'outbound' THEN o.created_at END) AS first_ours
                FROM interactions_v o
                WHERE o.channel = ? AND o.in_reply_to IS NOT NULL
                GROUP BY o.channel, o.thread_id
            ) t ON t.channel = i.channel AND t.thread_id = i.source_id
            WHERE i.channel = ?
            GROUP BY i.space
            ORDER BY i.space
            """;

    @Override
    public List<SlackChannelSummary> channels(ProjectStore store) throws ProjectException {
        List<SlackChannelSummary> rows = new ArrayList<>();
        store.query(SQL, List.of(SlackExport.CHANNEL, SlackExport.CHANNEL), row -> rows.add(new SlackChannelSummary(
                (String) row.get(0), number(row.get(1)), number(row.get(2)), number(row.get(3)), number(row.get(4)))));
        return rows;
    }

    private static long number(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }
}
