package io.rapport.importer.mastodon.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the API's {@code in_reply_to_id} (a numeric id local to the server that was asked) to the parent's
 * URI, which is the parent's source id in every file (an outbox names notes by URI too). Built in a first pass
 * over an API file, so that a reply links to a parent listed after it (status lists run newest first).
 * <p>
 * The rule, in order:
 * <ol>
 * <li>the parent is a status of the same file: its {@code uri};</li>
 * <li>the parent's author ({@code in_reply_to_account_id}) is an account of the file local to that server
 * ({@code acct} without host) whose URI is known (its {@code account.uri}, or derived from the profile URL of a
 * local account the file's statuses mention, since a notification names our account only there): Mastodon
 * names a local status {@code <account uri>/statuses/<id>}, so the URI is built. This holds for Mastodon
 * servers; other server software names statuses differently and then gets a wrong, unmatched URI;</li>
 * <li>otherwise the parent cannot be named: {@code in_reply_to} stays empty (the record is still a reply, and
 * {@code in_reply_to_id} stays in the raw record).</li>
 * </ol>
 * Cost: about 250 bytes of heap per status (three short strings and a map entry). At most
 * {@value #MAX_STATUSES} statuses are kept; past that, rule 1 is not available for the rest of the file.
 */
final class StatusIndex {
    static final int MAX_STATUSES = 250_000;
    /** A reply chain longer than this is cut: threads are far shallower, and cycles in bad data must end. */
    private static final int MAX_DEPTH = 10_000;

    private record Node(String uri, String parentId) {
    }

    private final Map<String, Node> statuses = new HashMap<>();
    private final Map<String, String> localAccountUris = new HashMap<>();

    void add(StatusFields s) {
        if (s.isNotification()) {
            if (s.status != null) {
                add(s.status);
            }
            return;
        }
        if (s.id != null && s.uri != null && statuses.size() < MAX_STATUSES) {
            statuses.putIfAbsent(s.id, new Node(s.uri, s.inReplyToId));
        }
        if (s.accountId != null && s.accountUri != null && s.accountIsLocal()) {
            localAccountUris.put(s.accountId, s.accountUri); // the account's own URI wins over a derived one
        }
        s.mentionedLocalAccounts.forEach(localAccountUris::putIfAbsent);
    }

    /** The URI of the status {@code s} replies to, or null when it cannot be named. */
    String parentUri(StatusFields s) {
        if (s.inReplyToId == null) {
            return null;
        }
        Node parent = statuses.get(s.inReplyToId);
        if (parent != null) {
            return parent.uri();
        }
        String accountUri = s.inReplyToAccountId == null ? null : localAccountUris.get(s.inReplyToAccountId);
        return accountUri == null ? null : accountUri + "/statuses/" + s.inReplyToId;
    }

    /** The URI of the first status of {@code s}'s thread, when the chain up to it is in the file; else null. */
    String rootUri(StatusFields s) {
        if (s.inReplyToId == null) {
            return s.uri;
        }
        String parentId = s.inReplyToId;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Node n = statuses.get(parentId);
            if (n == null) {
                return null;
            }
            if (n.parentId() == null) {
                return n.uri();
            }
            parentId = n.parentId();
        }
        return null;
    }
}
