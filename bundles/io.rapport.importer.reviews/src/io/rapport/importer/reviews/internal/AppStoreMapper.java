package io.rapport.importer.reviews.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps App Store Connect resources: {@code customerReviews} to reviews, {@code customerReviewResponses} to our
 * replies. A response names its review only through the review's {@code relationships.response} (or, when
 * present, its own {@code relationships.review}): the mapper remembers the links of the page being read, which
 * Apple lists in {@code data} before the {@code included} responses. One instance per file.
 */
final class AppStoreMapper {
    static final String REVIEWS = "customerReviews";
    static final String RESPONSES = "customerReviewResponses";
    /** The developer account that answers; App Store data does not name it. */
    static final String DEVELOPER_HANDLE = "app-store-developer";
    static final String REVIEWER_PREFIX = "app-store-reviewer-";

    private final Map<String, String> reviewOfResponse = new HashMap<>();

    /** @param included whether the resource is from {@code included}, where other types are context, not records */
    MappedReview map(JsonNode resource, boolean included) throws BadRecordException {
        String type = JsonFields.required(resource, "type", "type");
        return switch (type) {
            case REVIEWS -> new MappedReview(review(resource), null, null);
            case RESPONSES -> new MappedReview(null, response(resource), null);
            default -> {
                if (included) {
                    yield new MappedReview(null, null, null);
                }
                throw new BadRecordException("resource type '" + ReviewTimes.cut(type)
                        + "' is not a customer review or response");
            }
        };
    }

    /** The page is read: its links are not needed any more (responses are on the page of their review). */
    void pageDone() {
        reviewOfResponse.clear();
    }

    private Interaction review(JsonNode r) throws BadRecordException {
        String id = JsonFields.required(r, "id", "id");
        JsonNode a = JsonFields.object(r, "attributes", "attributes");
        if (a == null) {
            throw new BadRecordException("missing required field 'attributes'");
        }
        int rating = JsonFields.stars(a, "rating", "attributes.rating");
        var created = ReviewTimes.isoOffset(JsonFields.string(a, "createdDate", "attributes.createdDate"),
                "attributes.createdDate");
        String nickname = JsonFields.string(a, "reviewerNickname", "attributes.reviewerNickname");
        String responseId = linkedId(r, "response");
        if (responseId != null) {
            reviewOfResponse.put(responseId, id);
        }
        // nicknames are chosen by reviewers and not unique; without one, a pseudonym per review (as for Play)
        return Interaction.builder().channel(Channels.APP_STORE).sourceId(id).kind(InteractionKind.REVIEW)
                .authorHandle(nickname != null ? nickname : Pseudonyms.handle(REVIEWER_PREFIX, id)).authorName(nickname)
                .createdAt(created).text(ReviewText.of(JsonFields.string(a, "title", "attributes.title"),
                        JsonFields.string(a, "body", "attributes.body")))
                .threadId(id).rating(rating).build();
    }

    private Interaction response(JsonNode r) throws BadRecordException {
        String id = JsonFields.required(r, "id", "id");
        JsonNode a = JsonFields.object(r, "attributes", "attributes");
        if (a == null) {
            throw new BadRecordException("missing required field 'attributes'");
        }
        var modified = ReviewTimes.isoOffset(JsonFields.string(a, "lastModifiedDate", "attributes.lastModifiedDate"),
                "attributes.lastModifiedDate");
        String review = linkedId(r, "review");
        if (review == null) {
            review = reviewOfResponse.get(id);
        }
        if (review == null) {
            throw new BadRecordException("response '" + ReviewTimes.cut(id) + "' names no review: it has no"
                    + " 'relationships.review' and no review before it on its page has it as 'relationships.response'");
        }
        return Interaction.builder().channel(Channels.APP_STORE).sourceId(id).kind(InteractionKind.REPLY)
                .authorHandle(DEVELOPER_HANDLE).authorRole(ActorRole.OUR_ACCOUNT).createdAt(modified)
                .text(JsonFields.string(a, "responseBody", "attributes.responseBody")).inReplyTo(review)
                .threadId(review).build();
    }

    /** {@code relationships.<name>.data.id}, or null. */
    private static String linkedId(JsonNode r, String name) throws BadRecordException {
        JsonNode rel = JsonFields.object(r, "relationships", "relationships");
        JsonNode link = JsonFields.object(rel, name, "relationships." + name);
        JsonNode data = JsonFields.object(link, "data", "relationships." + name + ".data");
        return JsonFields.string(data, "id", "relationships." + name + ".data.id");
    }
}
