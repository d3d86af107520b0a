package io.rapport.importer.mastodon.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

/**
 * Maps a Mastodon REST API Status to an interaction (DESIGN.md §3). The status {@code uri} is the source id
 * (the same URI an outbox uses for the note), {@code in_reply_to} is resolved by the {@link StatusIndex}; a
 * reblog is a share whose url is the boosted status and whose thread is the boosted status's (when the file
 * shows it); a status replying is a reply, one that only mentions accounts a mention, else a post. Counts:
 * favourites → likes, reblogs → shares, replies → replies. A notification contributes the status it carries;
 * one without a status (a follow) is not an interaction.
 */
final class StatusMapper {
    private final StatusIndex index;
    private final Interaction.Builder builder = Interaction.builder();

    StatusMapper(StatusIndex index) {
        this.index = index;
    }

    /** The interaction, or null for a notification that carries no status. */
    Interaction map(StatusFields element) throws BadRecordException {
        if (element.problems.first() != null) {
            throw new BadRecordException(element.problems.first());
        }
        if (element.isNotification()) {
            return element.status == null ? null : status(element.status, "status.");
        }
        return status(element, "");
    }

    private Interaction status(StatusFields s, String path) throws BadRecordException {
        if (s.uri == null || s.uri.isBlank()) {
            throw new BadRecordException("missing required field '" + path + "uri' (the status URI is its source id)");
        }
        Interaction.Builder b = builder.channel(Channels.MASTODON).authorRole(null).authorDepartment(null).space(null)
                .rating(null);
        b.createdAt(Timestamps.parse(s.createdAt, path + "created_at"));
        String handle = AccountHandles.fromAcct(s.acct, s.accountUrl != null ? s.accountUrl : s.accountUri);
        if (handle == null) {
            throw new BadRecordException("missing required field '" + path + "account.acct'");
        }
        b.sourceId(s.uri).authorHandle(handle)
                .authorName(s.displayName == null || s.displayName.isBlank() ? null : s.displayName)
                .likes(s.favourites).shares(s.reblogs).replies(s.replies)
                .language(s.language == null || s.language.isBlank() ? null : s.language)
                .mentions(s.mentions);
        if (s.reblog) {
            // a boost is in the boosted status's thread: the status itself when it starts one, else its root
            return b.kind(InteractionKind.SHARE).text(null).inReplyTo(null).threadId(index.rootUri(s.reblogged))
                    .url(s.reblogUri).build();
        }
        boolean reply = s.inReplyToId != null;
        return b.kind(reply ? InteractionKind.REPLY : s.mentions.isEmpty() ? InteractionKind.POST : InteractionKind.MENTION)
                .text(HtmlText.toText(s.content))
                .inReplyTo(index.parentUri(s))
                .threadId(index.rootUri(s))
                .url(s.url)
                .build();
    }
}
