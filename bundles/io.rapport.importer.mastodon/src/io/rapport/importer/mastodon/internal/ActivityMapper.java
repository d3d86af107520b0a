package io.rapport.importer.mastodon.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.util.Set;

/**
 * Maps an outbox activity to an interaction (DESIGN.md §3):
 * <ul>
 * <li>{@code Create} (and {@code Update}, which carries the edited note) of a {@code Note}: the note's URI is the
 * source id, so that replies made elsewhere ({@code inReplyTo}, the API's {@code uri}) link to it; a note with
 * {@code inReplyTo} is a reply, one that only mentions accounts a mention, else a post.</li>
 * <li>{@code Announce} (a boost): a share; its own URI is the source id and the boosted URI its url.</li>
 * <li>A bare {@code Note} (a single-object document) is read as its own {@code Create}.</li>
 * </ul>
 * Other activities (Like, Follow, Delete, ...) are not interactions and are rejected with their type.
 */
final class ActivityMapper {
    private static final Set<String> STATUS_TYPES = Set.of("Note", "Question", "Article", "Page");

    private final ArchiveOwner owner;
    private final Interaction.Builder builder = Interaction.builder();

    ActivityMapper(ArchiveOwner owner) {
        this.owner = owner;
    }

    Interaction map(ActivityFields a) throws BadRecordException {
        if (a.problems.first() != null) {
            throw new BadRecordException(a.problems.first());
        }
        if (a.type == null) {
            throw new BadRecordException("missing required field 'type'");
        }
        return switch (a.type) {
            case "Create", "Update" -> status(a, note(a), "object.");
            case "Announce" -> boost(a);
            default -> {
                if (STATUS_TYPES.contains(a.type)) {
                    yield status(a, a, "");
                }
                throw new BadRecordException("activity type '" + a.type
                        + "' is not an interaction (Create, Update and Announce are imported)");
            }
        };
    }

    private static ActivityFields note(ActivityFields a) throws BadRecordException {
        if (a.object == null) {
            throw new BadRecordException(a.objectUri != null
                    ? "'object' of this " + a.type + " is only a URI; the note itself is not in the file"
                    : "missing required field 'object'");
        }
        if (a.object.type != null && !STATUS_TYPES.contains(a.object.type)) {
            throw new BadRecordException("'object.type' " + a.object.type + " is not a status (Note, Question, Article, Page)");
        }
        return a.object;
    }

    private Interaction status(ActivityFields activity, ActivityFields note, String path) throws BadRecordException {
        Interaction.Builder b = reset();
        if (note.id == null || note.id.isBlank()) {
            throw new BadRecordException("missing required field '" + path + "id'");
        }
        String published = note.published != null ? note.published : activity.published;
        b.createdAt(Timestamps.parse(published, path + "published"));
        author(b, note.attributedTo != null ? note.attributedTo : activity.actor, path + "attributedTo");
        boolean reply = note.inReplyTo != null && !note.inReplyTo.isBlank();
        b.sourceId(note.id)
                .kind(reply ? InteractionKind.REPLY : note.mentions.isEmpty() ? InteractionKind.POST : InteractionKind.MENTION)
                .text(HtmlText.toText(note.content))
                .inReplyTo(reply ? note.inReplyTo : null)
                // the conversation Mastodon threads by; without it a top-level note is its own thread's root
                .threadId(note.conversation != null ? note.conversation : reply ? null : note.id)
                .url(note.url)
                .likes(note.likes).shares(note.shares).replies(note.replies)
                .language(note.language)
                .mentions(note.mentions);
        return b.build();
    }

    private Interaction boost(ActivityFields a) throws BadRecordException {
        Interaction.Builder b = reset();
        if (a.id == null || a.id.isBlank()) {
            throw new BadRecordException("missing required field 'id'");
        }
        b.createdAt(Timestamps.parse(a.published, "published"));
        author(b, a.actor, "actor");
        String boosted = a.objectUri != null ? a.objectUri : a.object != null ? a.object.id : null;
        return b.sourceId(a.id).kind(InteractionKind.SHARE).url(boosted).build();
    }

    private void author(Interaction.Builder b, String actorUri, String field) throws BadRecordException {
        if (owner != null && (actorUri == null || owner.actorUri().equals(actorUri))) {
            b.authorHandle(owner.handle()).authorName(owner.name());
            return;
        }
        if (actorUri == null || actorUri.isBlank()) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
        b.authorHandle(AccountHandles.fromActorUri(actorUri));
    }

    private Interaction.Builder reset() {
        return builder.channel(Channels.MASTODON).authorName(null).authorRole(null).authorDepartment(null).text(null)
                .inReplyTo(null).threadId(null).space(null).url(null).rating(null).likes(null).shares(null)
                .replies(null).language(null).mentions(null);
    }
}
