package io.rapport.importer.meta.internal;

import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.RecordOutcome;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one Graph API object (a page feed post, a comment, or an object that only has a {@code comments} edge,
 * like a photo) and the comments nested in it, each comment as its own interaction with its own original text:
 * <ul>
 * <li>{@code id} → source id; the page is the part of a post id before '_' and becomes the space;</li>
 * <li>{@code from.id}/{@code from.name} → author handle/name ({@value #ANONYMOUS} when the API withheld
 * {@code from}, as it does for users without a page token);</li>
 * <li>a comment replies to {@code parent.id} when given, else to the object whose {@code comments} edge holds
 * it; a comment on a comment is a reply; the thread is the post;</li>
 * <li>a post's {@code sharedposts} edge (the posts that share it) gives shares, in the post's thread, with no
 * space (they are on the sharers' timelines);</li>
 * <li>{@code like_count} / {@code likes.summary.total_count}, {@code shares.count}, {@code comment_count} /
 * {@code comments.summary.total_count} → counts; {@code permalink_url} → url.</li>
 * </ul>
 * A top-level object with {@code parent}, {@code object}, {@code comment_count} or {@code like_count} is a
 * comment (a {@code /comments} listing); any other is a post. Graph API text is proper UTF-8: no mojibake repair.
 */
final class GraphMapper {
    static final String ANONYMOUS = "anonymous";

    List<RecordOutcome> map(JsonObject r) {
        List<RecordOutcome> out = new ArrayList<>();
        try {
            String id = r.string("id");
            if (r.string("created_time") == null && r.object("comments") != null && id != null) {
                comments(r, id, id, space(id), out); // a photo or video: only its comments are interactions
                return out;
            }
            boolean comment = r.has("parent") || r.has("object") || r.has("comment_count") || r.has("like_count");
            JsonObject parent = r.object("parent");
            JsonObject on = r.object("object");
            String inReplyTo = parent != null ? parent.string("id") : on != null ? on.string("id") : null;
            InteractionKind kind = !comment ? InteractionKind.POST : parent != null ? InteractionKind.REPLY
                    : InteractionKind.COMMENT;
            Interaction i = one(r, kind, inReplyTo, null, null);
            out.add(new RecordOutcome.Mapped(i, r.start(), r.end()));
            comments(r, i.sourceId(), i.threadId(), i.space(), out);
            shares(r, i.sourceId(), out);
        } catch (BadRecordException e) {
            out.add(new RecordOutcome.Rejected(r.start(), e.getMessage()));
        } catch (JsonObject.TypeMismatch e) {
            out.add(new RecordOutcome.Rejected(r.start(), e.getMessage()));
        }
        return out;
    }

    private void comments(JsonObject holder, String holderId, String thread, String space, List<RecordOutcome> out)
            throws JsonObject.TypeMismatch {
        JsonObject edge = holder.object("comments");
        if (edge == null) {
            return;
        }
        for (Object c : edge.list("data")) {
            if (!(c instanceof JsonObject comment)) {
                out.add(new RecordOutcome.Rejected(holder.start(), "an element of 'comments.data' is "
                        + JsonObject.describe(c) + ", not a JSON object"));
                continue;
            }
            try {
                JsonObject parent = comment.object("parent");
                String target = parent != null && parent.string("id") != null ? parent.string("id") : holderId;
                InteractionKind kind = target.equals(thread) ? InteractionKind.COMMENT : InteractionKind.REPLY;
                Interaction i = one(comment, kind, target, thread, space);
                out.add(new RecordOutcome.Mapped(i, comment.start(), comment.end()));
                comments(comment, i.sourceId(), thread, space, out);
            } catch (BadRecordException | JsonObject.TypeMismatch e) {
                out.add(new RecordOutcome.Rejected(comment.start(), "comment: " + e.getMessage()));
            }
        }
    }

    /** The {@code sharedposts} edge of a post: each a share by its author, in the thread of the post shared. */
    private void shares(JsonObject post, String postId, List<RecordOutcome> out) throws JsonObject.TypeMismatch {
        JsonObject edge = post.object("sharedposts");
        if (edge == null) {
            return;
        }
        for (Object s : edge.list("data")) {
            if (!(s instanceof JsonObject share)) {
                out.add(new RecordOutcome.Rejected(post.start(), "an element of 'sharedposts.data' is "
                        + JsonObject.describe(s) + ", not a JSON object"));
                continue;
            }
            try {
                out.add(new RecordOutcome.Mapped(one(share, InteractionKind.SHARE, null, postId, null),
                        share.start(), share.end()));
            } catch (BadRecordException | JsonObject.TypeMismatch e) {
                out.add(new RecordOutcome.Rejected(share.start(), "shared post: " + e.getMessage()));
            }
        }
    }

    private static Interaction one(JsonObject o, InteractionKind kind, String inReplyTo, String thread, String space)
            throws BadRecordException, JsonObject.TypeMismatch {
        String id = o.string("id");
        if (id == null || id.isBlank()) {
            throw new BadRecordException("missing required field 'id'");
        }
        Instant at = Times.graph("created_time", o.string("created_time"));
        JsonObject from = o.object("from");
        String handle = from == null || from.string("id") == null ? ANONYMOUS : from.string("id");
        String name = from == null ? null : from.string("name");
        String text = o.string("message");
        if (text == null) {
            text = o.string("story"); // "Acme shared a link." — what the feed shows for a post without a message
        }
        JsonObject shares = o.object("shares");
        return Interaction.builder().channel(Channels.FACEBOOK).sourceId(id).kind(kind).authorHandle(handle)
                .authorName(name).createdAt(at).text(text).inReplyTo(inReplyTo)
                .threadId(thread != null ? thread : kind == InteractionKind.POST ? id : null)
                .space(space != null ? space : kind == InteractionKind.POST ? space(id) : null)
                .url(o.string("permalink_url")).likes(count(o, "like_count", "likes", "reactions"))
                .shares(shares == null ? null : shares.integer("count"))
                .replies(count(o, "comment_count", "comments", null)).build();
    }

    /** A count given directly, or as an edge's {@code summary.total_count}. */
    private static Long count(JsonObject o, String direct, String edge, String otherEdge) throws JsonObject.TypeMismatch {
        Long n = o.integer(direct);
        for (String e : new String[] { edge, otherEdge }) {
            if (n == null && e != null && o.object(e) != null && o.object(e).object("summary") != null) {
                n = o.object(e).object("summary").integer("total_count");
            }
        }
        return n;
    }

    /** The page of a {@code <page>_<post>} id; null for ids without a page part. */
    private static String space(String id) {
        int u = id.indexOf('_');
        return u > 0 ? id.substring(0, u) : null;
    }
}
