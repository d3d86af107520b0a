package io.rapport.importer.meta.internal;

import io.rapport.importer.core.JsonObject;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.util.List;

/**
 * Maps one record of a Facebook or Instagram "Download your information" file:
 * <ul>
 * <li>Facebook posts ({@code your_posts_1.json}, page posts): {@code timestamp}, text in {@code data[].post};</li>
 * <li>Facebook comments ({@code comments.json}, key {@code comments_v2}): {@code data[].comment} with
 * {@code comment}, {@code author}, {@code timestamp};</li>
 * <li>Instagram posts and reels ({@code posts_1.json}, {@code reels.json}): {@code media[]} with
 * {@code creation_timestamp} and {@code title}, the caption in the post's {@code title} or the first medium's;</li>
 * <li>Instagram comments ({@code post_comments_1.json}): {@code string_map_data} with {@code Comment},
 * {@code Media Owner} and {@code Time}; the older {@code string_list_data} form is read too.</li>
 * </ul>
 * Every record of such a file was written by the account that downloaded it, which the file never names:
 * its author is {@value #OWNER} (add that handle to our accounts when the download is the brand's), with the
 * comment's {@code author} as display name when given. Text is repaired with {@link Mojibake}.
 */
final class DownloadMapper {
    static final String OWNER = "export-owner";


    Interaction map(JsonObject r, String fileChannel) throws BadRecordException, JsonObject.TypeMismatch {
        if (r.has("string_map_data")) {
            return instagramComment(r.object("string_map_data"));
        }
        if (r.has("string_list_data")) {
            return instagramOldComment(r);
        }
        if (r.has("media")) {
            return instagramMedia(r);
        }
        if (r.has("timestamp") || r.get("data") instanceof List) {
            return facebook(r, fileChannel);
        }
        throw new BadRecordException("not a Facebook or Instagram download record: expected 'timestamp' (Facebook),"
                + " 'media' or 'string_map_data' (Instagram)");
    }

    private Interaction facebook(JsonObject r, String channel) throws BadRecordException, JsonObject.TypeMismatch {
        String post = null;
        JsonObject comment = null;
        for (Object d : r.list("data")) {
            if (d instanceof JsonObject o) {
                post = post != null ? post : o.string("post");
                comment = comment != null ? comment : o.object("comment");
            }
        }
        if (comment != null) {
            Long ts = comment.integer("timestamp");
            Instant at = Times.epochSeconds(ts != null ? "data[].comment.timestamp" : "timestamp",
                    ts != null ? ts : r.integer("timestamp"));
            String text = Mojibake.repair(comment.string("comment"));
            String author = Mojibake.repair(comment.string("author"));
            return build(channel, InteractionKind.COMMENT, at, text, author, null, null);
        }
        Instant at = Times.epochSeconds("timestamp", r.integer("timestamp"));
        return build(channel, InteractionKind.POST, at, Mojibake.repair(post), null, null, firstUri(r.list("attachments")));
    }

    private Interaction instagramMedia(JsonObject r) throws BadRecordException, JsonObject.TypeMismatch {
        List<?> media = r.list("media");
        JsonObject first = !media.isEmpty() && media.get(0) instanceof JsonObject o ? o : null;
        Long ts = r.integer("creation_timestamp");
        String field = "creation_timestamp";
        if (ts == null && first != null) {
            ts = first.integer("creation_timestamp");
            field = "media[0].creation_timestamp";
        }
        Instant at = Times.epochSeconds(field, ts);
        String caption = r.string("title");
        if ((caption == null || caption.isEmpty()) && first != null) {
            caption = first.string("title");
        }
        String uri = first == null ? null : first.string("uri");
        return build(Channels.INSTAGRAM, InteractionKind.POST, at, emptyToNull(Mojibake.repair(caption)), null, null, uri);
    }

    private Interaction instagramComment(JsonObject m) throws BadRecordException, JsonObject.TypeMismatch {
        if (m == null) {
            throw new BadRecordException("missing required field 'string_map_data'");
        }
        JsonObject time = m.object("Time");
        Instant at = Times.epochSeconds("string_map_data.Time.timestamp", time == null ? null : time.integer("timestamp"));
        JsonObject comment = m.object("Comment");
        JsonObject owner = m.object("Media Owner");
        String text = comment == null ? null : Mojibake.repair(comment.string("value"));
        String space = owner == null ? null : Mojibake.repair(owner.string("value"));
        return build(Channels.INSTAGRAM, InteractionKind.COMMENT, at, text, null, space, null);
    }

    private Interaction instagramOldComment(JsonObject r) throws BadRecordException, JsonObject.TypeMismatch {
        List<?> items = r.list("string_list_data");
        if (items.isEmpty() || !(items.get(0) instanceof JsonObject item)) {
            throw new BadRecordException("missing required field 'string_list_data[0]'");
        }
        Instant at = Times.epochSeconds("string_list_data[0].timestamp", item.integer("timestamp"));
        return build(Channels.INSTAGRAM, InteractionKind.COMMENT, at, Mojibake.repair(item.string("value")), null,
                Mojibake.repair(r.string("title")), null);
    }

    private static Interaction build(String channel, InteractionKind kind, Instant at, String text, String authorName,
            String space, String mediaUri) {
        String id = DerivedIds.of(channel, kind.id(), at.getEpochSecond(), authorName, text, space, mediaUri);
        return Interaction.builder().channel(channel).sourceId(id).kind(kind).authorHandle(OWNER).authorName(authorName)
                .createdAt(at).text(text).space(space).build();
    }

    /** The first attachment's URI (a photo's file or a shared link): it tells apart posts without text. */
    private static String firstUri(List<?> attachments) throws JsonObject.TypeMismatch {
        for (Object a : attachments) {
            if (a instanceof JsonObject o) {
                for (Object d : o.list("data")) {
                    if (d instanceof JsonObject item) {
                        JsonObject media = item.object("media");
                        if (media != null && media.string("uri") != null) {
                            return media.string("uri");
                        }
                        JsonObject link = item.object("external_context");
                        if (link != null && link.string("url") != null) {
                            return link.string("url");
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
