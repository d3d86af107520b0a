package io.rapport.importer.meta.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.RecordOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one Instagram Graph API media object ({@code /{ig-user-id}/media}, {@code /tags}, with the
 * {@code comments} edge expanded) and its comments and their {@code replies}, each as its own interaction, to
 * channel {@code instagram}:
 * <ul>
 * <li>{@code id} → source id; {@code username} (else {@code from.username}) → author handle, no name (the API
 * gives none); {@code timestamp} → created_at; {@code caption} (media) / {@code text} (comments) → text;
 * {@code permalink} → url; {@code like_count}, {@code comments_count} → likes, replies;</li>
 * <li>media → {@code post}, or {@code mention} when its caption mentions someone ({@code @username}); a comment
 * on the media → {@code comment}; a reply → {@code reply}, to {@code parent_id} when given, else to the comment
 * whose {@code replies} edge holds it; the thread is the media;</li>
 * <li>mentions: the {@code @username}s of the text, as Instagram links them (the API has no mentions field).</li>
 * </ul>
 * Instagram has no pages: no space.
 */
final class InstagramGraphMapper {
    /** Instagram user names: letters, digits, '.' and '_', up to 30; a sentence's full stop is not part of one. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9_.]{1,30})");

    /**
     * Whether a record is Instagram Graph API data: an id and an ISO {@code timestamp} (downloads have epoch
     * seconds and no ids), with Instagram's {@code username}, {@code caption}, {@code media_type} or comment
     * {@code text}; Facebook's Graph objects have {@code created_time} instead.
     */
    static boolean accepts(JsonObject r) {
        return r.get("id") instanceof String && r.get("timestamp") instanceof String && !r.has("created_time")
                && (r.has("username") || r.has("caption") || r.has("media_type") || r.has("text"));
    }

    List<RecordOutcome> map(JsonObject r) {
        List<RecordOutcome> out = new ArrayList<>();
        try {
            String parent = r.string("parent_id");
            boolean comment = r.has("text") && !r.has("caption") && !r.has("media_type");
            InteractionKind kind = parent != null ? InteractionKind.REPLY : comment ? InteractionKind.COMMENT : null;
            JsonObject media = r.object("media");
            String thread = media != null ? media.string("id") : null;
            Interaction i = one(r, kind, parent != null ? parent : comment ? thread : null, thread);
            out.add(new RecordOutcome.Mapped(i, r.start(), r.end()));
            edge(r, "comments", i.sourceId(), i.threadId(), out);
            edge(r, "replies", i.sourceId(), i.threadId(), out);
        } catch (BadRecordException | JsonObject.TypeMismatch e) {
            out.add(new RecordOutcome.Rejected(r.start(), e.getMessage()));
        }
        return out;
    }

    private void edge(JsonObject holder, String name, String holderId, String thread, List<RecordOutcome> out)
            throws JsonObject.TypeMismatch {
        JsonObject edge = holder.object(name);
        if (edge == null) {
            return;
        }
        for (Object c : edge.list("data")) {
            if (!(c instanceof JsonObject comment)) {
                out.add(new RecordOutcome.Rejected(holder.start(), "an element of '" + name + ".data' is "
                        + JsonObject.describe(c) + ", not a JSON object"));
                continue;
            }
            try {
                String parent = comment.string("parent_id");
                String target = parent != null ? parent : holderId;
                InteractionKind kind = target.equals(thread) ? InteractionKind.COMMENT : InteractionKind.REPLY;
                Interaction i = one(comment, kind, target, thread);
                out.add(new RecordOutcome.Mapped(i, comment.start(), comment.end()));
                edge(comment, "replies", i.sourceId(), thread, out);
            } catch (BadRecordException | JsonObject.TypeMismatch e) {
                out.add(new RecordOutcome.Rejected(comment.start(), name + ": " + e.getMessage()));
            }
        }
    }

    /** @param kind null for media: a post, or a mention when the caption mentions someone */
    private static Interaction one(JsonObject o, InteractionKind kind, String inReplyTo, String thread)
            throws BadRecordException, JsonObject.TypeMismatch {
        String id = o.string("id");
        if (id == null || id.isBlank()) {
            throw new BadRecordException("missing required field 'id'");
        }
        Instant at = Times.graph("timestamp", o.string("timestamp"));
        JsonObject from = o.object("from");
        String handle = o.string("username") != null ? o.string("username")
                : from != null && from.string("username") != null ? from.string("username") : GraphMapper.ANONYMOUS;
        String text = o.string(o.has("caption") ? "caption" : "text");
        List<String> mentions = mentions(text);
        if (kind == null) {
            kind = mentions.isEmpty() ? InteractionKind.POST : InteractionKind.MENTION;
        }
        return Interaction.builder().channel(Channels.INSTAGRAM).sourceId(id).kind(kind).authorHandle(handle)
                .createdAt(at).text(text).inReplyTo(inReplyTo)
                .threadId(thread != null ? thread : inReplyTo == null ? id : null).url(o.string("permalink"))
                .likes(o.integer("like_count")).replies(o.integer("comments_count")).mentions(mentions).build();
    }

    static List<String> mentions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            while (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            name = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
