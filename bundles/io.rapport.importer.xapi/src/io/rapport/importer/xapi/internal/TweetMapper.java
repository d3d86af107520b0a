package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.JsonObject;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one X API v2 tweet object:
 * <ul>
 * <li>{@code id} → source id; {@code text} (or {@code note_tweet.text} for long posts) → text;</li>
 * <li>{@code author_id} → handle and name through the response's {@code includes.users};</li>
 * <li>{@code created_at} (ISO-8601) → created_at in UTC; {@code conversation_id} → thread; {@code lang};</li>
 * <li>{@code referenced_tweets}: {@code replied_to} → in_reply_to and kind reply; {@code retweeted} → kind
 * share; otherwise a tweet with {@code entities.mentions} is a mention, else a post (a quote is a post);</li>
 * <li>{@code public_metrics}: {@code like_count}, {@code retweet_count}, {@code reply_count} → likes, shares,
 * replies.</li>
 * </ul>
 */
final class TweetMapper {

    Interaction map(JsonObject t, Users users) throws BadRecordException, JsonObject.TypeMismatch {
        if (t.has("username") && !t.has("text")) {
            throw new BadRecordException("is a user object, not a tweet (a users lookup response?)");
        }
        String id = t.string("id");
        if (id == null || id.isBlank()) {
            throw new BadRecordException("missing required field 'id'");
        }
        String created = t.string("created_at");
        if (created == null) {
            throw new BadRecordException("missing required field 'created_at' (request tweet.fields=created_at)");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(created).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'created_at' is not an ISO-8601 date-time: '"
                    + (created.length() > 40 ? created.substring(0, 40) + "..." : created) + "'");
        }
        String authorId = t.string("author_id");
        if (authorId == null) {
            throw new BadRecordException("missing required field 'author_id' (request tweet.fields=author_id)");
        }
        Users.User author = users.get(authorId);
        if (author == null) {
            throw new BadRecordException("'author_id' " + authorId + " is not in the response's 'includes.users'"
                    + " (request expansions=author_id)");
        }
        InteractionKind kind = InteractionKind.POST;
        String inReplyTo = null;
        for (Object r : t.list("referenced_tweets")) {
            if (r instanceof JsonObject ref) {
                String type = ref.string("type");
                if ("replied_to".equals(type)) {
                    inReplyTo = ref.string("id");
                    kind = InteractionKind.REPLY;
                } else if ("retweeted".equals(type) && kind == InteractionKind.POST) {
                    kind = InteractionKind.SHARE;
                }
            }
        }
        List<String> mentions = mentions(t.object("entities"));
        if (kind == InteractionKind.POST && !mentions.isEmpty()) {
            kind = InteractionKind.MENTION;
        }
        JsonObject note = t.object("note_tweet");
        String text = note != null && note.string("text") != null ? note.string("text") : t.string("text");
        JsonObject metrics = t.object("public_metrics");
        return Interaction.builder().channel(Channels.X).sourceId(id).kind(kind).authorHandle(author.username())
                .authorName(author.name()).createdAt(at).text(text).inReplyTo(inReplyTo)
                .threadId(t.string("conversation_id")).url("https://x.com/" + author.username() + "/status/" + id)
                .likes(metrics == null ? null : metrics.integer("like_count"))
                .shares(metrics == null ? null : metrics.integer("retweet_count"))
                .replies(metrics == null ? null : metrics.integer("reply_count")).language(t.string("lang"))
                .mentions(mentions).build();
    }

    private static List<String> mentions(JsonObject entities) throws JsonObject.TypeMismatch {
        List<String> out = new ArrayList<>();
        if (entities != null) {
            for (Object m : entities.list("mentions")) {
                if (m instanceof JsonObject o && o.string("username") != null) {
                    out.add(o.string("username"));
                }
            }
        }
        return out;
    }
}
