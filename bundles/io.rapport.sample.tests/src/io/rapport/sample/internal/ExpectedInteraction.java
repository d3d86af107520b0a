package io.rapport.sample.internal;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.InteractionKind;

import java.util.Map;

/**
 * What the store should hold for one generated message once its channel's export has been written in the
 * channel's real format and read back by that format's importer: the generator's own values, changed only
 * where the format itself has no room for them (documented in each importer's README).
 *
 * @param handle {@code null} where the format names people by an id of the platform's instead of a handle
 *               (Zendesk user ids, Play's pseudonymous reviewers): then the name is compared
 * @param name   compared only when {@code handle} is {@code null}; {@code null} when the format has no name.
 *               Where a handle is compared the name is not: some formats carry none (Reddit dumps) or the
 *               platform's own (Trustpilot's business unit name for the company's reply)
 */
record ExpectedInteraction(String sourceId, String kind, String handle, String name, String role,
        String department, long createdAt, String text, String inReplyTo, String threadId, Integer rating) {

    static ExpectedInteraction of(String channel, Message m, Map<Message, SourceIds.Ref> ids) {
        Message threadRoot = m.shared() != null ? m.shared().root() : m.root();
        String thread = ids.get(threadRoot).id();
        String handle = m.author().handle();
        String name = m.author().name();
        String kind = m.kind().id();
        String text = m.text();
        switch (channel) {
            case Channels.REDDIT, Channels.FACEBOOK, Channels.INSTAGRAM -> {
                // Reddit and the Graph API have comments (on the post) and replies (to a comment)
                if (m.parent() != null && m.parent().parent() != null) {
                    kind = InteractionKind.REPLY.id();
                }
            }
            case Channels.DISCOURSE -> thread = thread.substring(0, thread.indexOf('/')); // the topic, not its post 1
            case Channels.MASTODON -> {
                if (m.kind() == InteractionKind.SHARE) {
                    text = null; // a boost has no text of its own: the API leaves its content empty
                }
            }
            case Channels.ZENDESK -> {
                // people are Zendesk user ids; the first comment is the ticket, later public ones replies
                handle = null;
                kind = (m.parent() == null ? InteractionKind.TICKET : InteractionKind.REPLY).id();
                thread = thread.substring(SourceIds.ZENDESK_TICKET.length());
            }
            case Channels.GOOGLE_PLAY -> {
                // Play exports name no reviewer; the reply is the app's
                handle = m.parent() == null ? null : PlayConsoleWriter.PACKAGE;
                name = null;
            }
            case Channels.TRUSTPILOT -> handle = m.parent() == null ? TrustpilotWriter.consumerId(handle)
                    : TrustpilotWriter.BUSINESS_UNIT;
            case Channels.APP_STORE -> handle = m.parent() == null ? handle : "app-store-developer";
            case Channels.X -> {
                if (m.author().isOurs() && m.author().role() != ActorRole.STAFF && m.parent() != null) {
                    // the company's own archive: a reply's thread ends where the owner's chain of replies does
                    Message up = m.parent();
                    while (up.parent() != null && up.author().handle().equals(handle)) {
                        up = up.parent();
                    }
                    thread = ids.get(up).id();
                }
            }
            default -> {
                // the format keeps the generator's values
            }
        }
        return new ExpectedInteraction(ids.get(m).id(), kind, handle, name, m.author().role().id(),
                m.author().department() == null ? null : m.author().department().id(), m.at().getEpochSecond(),
                text, m.parent() == null ? null : ids.get(m.parent()).id(), thread, m.rating());
    }

    /** The same, with what the store holds in place of what the format cannot carry. */
    ExpectedInteraction comparableTo(ExpectedInteraction stored) {
        return new ExpectedInteraction(sourceId, kind, handle == null ? stored.handle : handle,
                handle == null ? name : stored.name, role, department,
                createdAt, text, inReplyTo, threadId, rating);
    }
}
