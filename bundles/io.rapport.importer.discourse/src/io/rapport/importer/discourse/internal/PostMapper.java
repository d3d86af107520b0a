package io.rapport.importer.discourse.internal;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Maps a forum post to the canonical model (DESIGN.md §3). The forum is ours by nature: a post by staff, a
 * moderator or an admin is written by us (role staff, set here), everyone else is left to the project's
 * settings.
 * <p>
 * Source id: {@code <topic_id>/<post_number>}, the post's place in the forum (as in its URL
 * {@code /t/<slug>/<topic_id>/<post_number>}). Replies name their parent by post number, and a topic's posts
 * arrive in chunks ({@code posts.json}) that need not hold the parent, so a number-based id links a reply to
 * its parent whichever file holds it. The post's own {@code id} stays in the raw record.
 */
final class PostMapper {
    private final TopicWalker.Topic topic;

    PostMapper(TopicWalker.Topic topic) {
        this.topic = topic;
    }

    /** @return null for a small-action post ("closed this topic"): an event, not an interaction */
    Interaction map(PostFields p) throws BadRecordException {
        if (p.problem != null) {
            throw new BadRecordException(p.problem);
        }
        String topicId = p.topicId != null ? p.topicId : topic.id;
        if (topicId == null) {
            throw new BadRecordException("missing required field 'topic_id' (and the file names no topic 'id')");
        }
        if (p.postNumber == null || p.postNumber < 1) {
            throw new BadRecordException("missing required field 'post_number'");
        }
        if (p.username == null || p.username.isBlank()) {
            throw new BadRecordException("missing required field 'username'");
        }
        Instant created = created(p.createdAt);
        long type = p.postType == null ? PostFields.REGULAR : p.postType;
        if (type == PostFields.SMALL_ACTION) {
            return null;
        }
        InteractionKind kind;
        String inReplyTo = null;
        if (type == PostFields.WHISPER) {
            kind = InteractionKind.MESSAGE; // staff-only: no customer sees it, so it answers no one
        } else if (p.postNumber == 1) {
            kind = InteractionKind.POST;
        } else {
            kind = InteractionKind.REPLY;
            long parent = p.replyToPostNumber != null && p.replyToPostNumber > 0 ? p.replyToPostNumber : 1;
            inReplyTo = sourceId(topicId, parent);
        }
        CookedText.Result text = CookedText.convert(p.cooked);
        String slug = p.topicSlug != null ? p.topicSlug : topic.slug;
        return Interaction.builder().channel(Channels.DISCOURSE).sourceId(sourceId(topicId, p.postNumber)).kind(kind)
                .authorHandle(p.username.strip()).authorName(firstNonBlank(p.name, p.displayUsername))
                .authorRole(p.staff ? ActorRole.STAFF : null).createdAt(created).text(text.text())
                .mentions(text.mentions()).inReplyTo(inReplyTo).threadId(topicId)
                .space(space(p))
                .url(slug != null ? "/t/" + slug + "/" + topicId + "/" + p.postNumber : null).likes(p.likes)
                .replies(p.replyCount).build();
    }

    /** The topic's category: the document's (a topic), else the post's own (a list of latest posts). */
    private String space(PostFields p) {
        String category = topic.categoryId != null ? topic.categoryId : p.categoryId;
        return category != null ? "category:" + category : null;
    }

    /** Discourse sends {@code ""} for a user who set no name. */
    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    static String sourceId(String topicId, long postNumber) {
        return topicId + "/" + postNumber;
    }

    /** Discourse writes ISO-8601 with milliseconds, in UTC or (old versions) with the server's offset. */
    private static Instant created(String value) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field 'created_at'");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'created_at' is not an ISO-8601 date-time: '" + value + "'");
        }
    }
}
