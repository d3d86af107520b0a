package io.rapport.importer.zendesk.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * What the first pass learns about a file before anything is mapped: the side-loaded users (who is an agent)
 * and each ticket's requester and space. Zendesk puts {@code users} after {@code tickets} or {@code audits},
 * so a record cannot be mapped when it streams past; the first pass reads the file without keeping records.
 * <p>
 * Cost: one small entry per user and per ticket of the file (ids, a name, a role; about 200 bytes each). An API
 * page holds at most 1,000 tickets or 100 audits with their users, so this stays far below a megabyte; an
 * incremental export concatenated into one multi-GB file costs about 200 MB per million tickets.
 */
final class Directory {
    /** A ticket as its comments need it. */
    record TicketInfo(String requesterId, String requesterName, String space) {
    }

    private final Map<String, Records.User> users = new HashMap<>();
    private final Map<String, TicketInfo> tickets = new HashMap<>();

    void add(Records.User u) {
        if (u.id() != null) {
            users.put(u.id(), u);
        }
    }

    void add(Records.Ticket t) {
        if (t.id != null) {
            tickets.putIfAbsent(t.id, new TicketInfo(requesterOf(t), t.viaName, spaceOf(t)));
        }
    }

    Records.User user(String id) {
        return id == null ? null : users.get(id);
    }

    TicketInfo ticket(String id) {
        return id == null ? null : tickets.get(id);
    }

    /** The requester; a ticket without one is attributed to whoever submitted it. */
    static String requesterOf(Records.Ticket t) {
        return t.requesterId != null ? t.requesterId : t.submitterId;
    }

    /**
     * The Zendesk instance the ticket belongs to (the host of its API {@code url}, e.g.
     * {@code acme.zendesk.com}), or {@code brand:<brand_id>} when the record has no URL but names a brand.
     */
    static String spaceOf(Records.Ticket t) {
        if (t.url != null) {
            try {
                String host = URI.create(t.url.strip()).getHost();
                if (host != null) {
                    return host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the brand
            }
        }
        return t.brandId != null ? "brand:" + t.brandId : null;
    }
}
