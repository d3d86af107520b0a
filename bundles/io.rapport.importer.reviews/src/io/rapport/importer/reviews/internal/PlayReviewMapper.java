package io.rapport.importer.reviews.internal;

import static io.rapport.importer.reviews.internal.PlayColumns.LANGUAGE;
import static io.rapport.importer.reviews.internal.PlayColumns.LINK;
import static io.rapport.importer.reviews.internal.PlayColumns.PACKAGE;
import static io.rapport.importer.reviews.internal.PlayColumns.RATING;
import static io.rapport.importer.reviews.internal.PlayColumns.REPLY_MILLIS;
import static io.rapport.importer.reviews.internal.PlayColumns.REPLY_TEXT;
import static io.rapport.importer.reviews.internal.PlayColumns.REPLY_TIME;
import static io.rapport.importer.reviews.internal.PlayColumns.SUBMIT_MILLIS;
import static io.rapport.importer.reviews.internal.PlayColumns.SUBMIT_TIME;
import static io.rapport.importer.reviews.internal.PlayColumns.TEXT;
import static io.rapport.importer.reviews.internal.PlayColumns.TITLE;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Maps one Play Console review row to the review and its developer reply (see the bundle README for the table). */
final class PlayReviewMapper {
    static final String REVIEWER_PREFIX = "play-reviewer-";

    private final PlayColumns columns;

    PlayReviewMapper(PlayColumns columns) {
        this.columns = columns;
    }

    MappedReview map(List<String> row) throws BadRecordException {
        if (row.size() != columns.count()) {
            throw new BadRecordException("the row has " + row.size() + " fields, the header has " + columns.count());
        }
        String app = columns.get(row, PACKAGE);
        if (app == null) {
            throw new BadRecordException("missing required field '" + PACKAGE + "'");
        }
        Instant submitted = time(row, SUBMIT_MILLIS, SUBMIT_TIME);
        if (submitted == null) {
            throw new BadRecordException("missing required field '" + SUBMIT_MILLIS + "'");
        }
        String title = columns.text(row, TITLE);
        String body = columns.text(row, TEXT);
        String link = columns.get(row, LINK);
        String id = reviewId(link, app, submitted, title, body);
        Interaction review = Interaction.builder().channel(Channels.GOOGLE_PLAY).sourceId(id)
                .kind(InteractionKind.REVIEW).authorHandle(Pseudonyms.handle(REVIEWER_PREFIX, id))
                .createdAt(submitted).text(ReviewText.of(title, body)).threadId(id).space(app).url(link)
                .rating(rating(columns.get(row, RATING))).language(columns.get(row, LANGUAGE)).build();
        String replyText = columns.text(row, REPLY_TEXT);
        boolean hasReply = replyText != null || columns.get(row, REPLY_MILLIS) != null;
        if (!hasReply) {
            return new MappedReview(review, null, null);
        }
        try {
            Instant replied = time(row, REPLY_MILLIS, REPLY_TIME);
            if (replied == null) {
                throw new BadRecordException("missing required field '" + REPLY_MILLIS + "'");
            }
            // the source says so: the developer reply is the app's own answer, whatever the account settings
            Interaction reply = Interaction.builder().channel(Channels.GOOGLE_PLAY).sourceId(ReplyIds.of(id))
                    .kind(InteractionKind.REPLY).authorHandle(app).authorRole(ActorRole.OUR_ACCOUNT)
                    .createdAt(replied).text(replyText).inReplyTo(id).threadId(id).space(app).build();
            return new MappedReview(review, reply, null);
        } catch (BadRecordException e) {
            return new MappedReview(review, null, "developer reply: " + e.getMessage());
        }
    }

    /** The millisecond column, else the ISO column beside it (older exports); null when both are empty. */
    private Instant time(List<String> row, String millisColumn, String isoColumn) throws BadRecordException {
        String millis = columns.get(row, millisColumn);
        if (millis != null) {
            return ReviewTimes.millis(millis, millisColumn);
        }
        String iso = columns.get(row, isoColumn);
        return iso == null ? null : ReviewTimes.isoOffset(iso, isoColumn);
    }

    private static int rating(String value) throws BadRecordException {
        if (value == null) {
            throw new BadRecordException("missing required field '" + RATING + "'");
        }
        try {
            int stars = Integer.parseInt(value);
            if (stars >= 1 && stars <= 5) {
                return stars;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRecordException("'" + RATING + "' must be 1 to 5, not '" + ReviewTimes.cut(value) + "'");
    }

    /**
     * Play's own review id ({@code gp:AOqp…}) from the link's {@code reviewId}/{@code reviewid} parameter: the
     * same review has it in every export. Without a link: {@code <package>/<submit millis>/<hash>}, the hash of
     * title and text telling apart two reviews submitted in the same millisecond; such an id changes if the
     * reviewer edits the text, which is the best a link-less file allows.
     */
    static String reviewId(String link, String app, Instant submitted, String title, String body) {
        if (link != null) {
            int at = link.toLowerCase(Locale.ROOT).indexOf("reviewid=");
            if (at >= 0) {
                int start = at + "reviewid=".length();
                int end = start;
                while (end < link.length() && link.charAt(end) != '&' && link.charAt(end) != '#') {
                    end++;
                }
                String id = decode(link.substring(start, end));
                if (!id.isBlank()) {
                    return id;
                }
            }
        }
        byte[] hash = Pseudonyms.sha256((title == null ? "" : title) + '\n' + (body == null ? "" : body));
        return app + "/" + submitted.toEpochMilli() + "/" + HexFormat.of().formatHex(hash, 0, 6);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value; // a malformed %-escape: the id as written is still stable
        }
    }
}
