package io.rapport.importer.reddit.internal;


import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

/**
 * Maps a Reddit comment or submission to the canonical model. Ids are Reddit fullnames ({@code t1_…} comments,
 * {@code t3_…} submissions), because that is what {@code parent_id} and {@code link_id} refer to: a reply's
 * {@code in_reply_to} then finds its parent, and a comment's thread is its submission.
 */
final class ThingMapper {
    static final String COMMENT = "t1";
    static final String SUBMISSION = "t3";
    private static final String PERMALINK_HOST = "https://www.reddit.com";

    private final Interaction.Builder builder = Interaction.builder().channel(Channels.REDDIT);

    Interaction map(RedditThing t) throws BadRecordException {
        if (t.problem != null) {
            throw new BadRecordException(t.problem);
        }
        String type = typeOf(t);
        String sourceId = fullname(t, type);
        Interaction.Builder b = builder;
        b.sourceId(sourceId).createdAt(CreatedUtc.parse(t.createdUtc))
                // Reddit writes "[deleted]" for a deleted account; a few API endpoints write null instead
                .authorHandle(t.author == null || t.author.isBlank() ? "[deleted]" : t.author)
                .space(t.subreddit == null || t.subreddit.isBlank() ? null : "r/" + t.subreddit)
                .url(url(t.permalink))
                // the score is up- minus downvotes and may be negative: only a non-negative one is a like count
                .likes(t.score != null && t.score >= 0 ? t.score : null)
                .shares(t.numCrossposts != null && t.numCrossposts >= 0 ? t.numCrossposts : null);
        String text;
        if (SUBMISSION.equals(type)) {
            text = submissionText(t);
            b.kind(InteractionKind.POST).inReplyTo(null).threadId(sourceId)
                    .replies(t.numComments != null && t.numComments >= 0 ? t.numComments : null);
        } else {
            String thread = prefixed(t.linkId, SUBMISSION);
            String parent = parentOf(t, thread);
            text = visible(t.body);
            b.kind(parent.startsWith("t1_") ? InteractionKind.REPLY : InteractionKind.COMMENT).inReplyTo(parent)
                    .threadId(thread != null ? thread : parent.startsWith("t3_") ? parent : null).replies(null);
        }
        return b.text(text).mentions(Mentions.in(text)).build();
    }

    /** t1 or t3: from the listing's kind, else the fullname's prefix, else the fields only one of them has. */
    private static String typeOf(RedditThing t) throws BadRecordException {
        if (t.kind != null) {
            return t.kind;
        }
        if (t.name != null && (t.name.startsWith("t1_") || t.name.startsWith("t3_"))) {
            return t.name.substring(0, 2);
        }
        if (t.title != null) {
            return SUBMISSION;
        }
        if (t.body != null || t.parentId != null) {
            return COMMENT;
        }
        throw new BadRecordException("neither a comment nor a submission: no 'body' or 'parent_id', no 'title'"
                + " and no t1_/t3_ 'name'");
    }

    private static String fullname(RedditThing t, String type) throws BadRecordException {
        if (t.name != null && t.name.startsWith(type + "_") && t.name.length() > 3) {
            return t.name;
        }
        if (t.id == null || t.id.isBlank()) {
            throw new BadRecordException("missing required field 'id'");
        }
        String id = t.id.strip();
        return id.startsWith(type + "_") ? id : type + "_" + id;
    }

    /**
     * A comment's parent as a fullname. Some early dumps write it without prefix; then it is the submission when
     * it equals the link id, and a comment otherwise.
     */
    private static String parentOf(RedditThing t, String thread) throws BadRecordException {
        String p = t.parentId == null ? null : t.parentId.strip();
        if (p == null || p.isEmpty()) {
            if (thread == null) {
                throw new BadRecordException("a comment needs 'parent_id' or 'link_id'");
            }
            return thread;
        }
        if (p.startsWith("t1_") || p.startsWith("t3_")) {
            return p;
        }
        return thread != null && thread.equals("t3_" + p) ? thread : "t1_" + p;
    }

    private static String prefixed(String id, String type) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String s = id.strip();
        return s.startsWith(type + "_") ? s : type + "_" + s;
    }

    /** The title, then the self text when there is one: both are what the author wrote. */
    private static String submissionText(RedditThing t) {
        String title = t.title == null || t.title.isEmpty() ? null : t.title;
        String self = visible(t.selftext);
        if (self == null || self.isEmpty()) {
            return title;
        }
        return title == null ? self : title + "\n\n" + self;
    }

    /** "[removed]" and "[deleted]" are Reddit's placeholders, not what anyone wrote (the original keeps them). */
    private static String visible(String text) {
        return text == null || text.equals("[removed]") || text.equals("[deleted]") ? null : text;
    }

    private static String url(String permalink) {
        if (permalink == null || permalink.isBlank()) {
            return null;
        }
        return permalink.startsWith("/") ? PERMALINK_HOST + permalink : permalink;
    }
}
