package io.rapport.importer.reviews.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.time.Instant;
import java.util.Set;

/**
 * Maps a Trustpilot review (the API's review object, or the {@code eventData} of a review webhook event) to the
 * review and the company's reply. The reply is ours by nature: the source says the business wrote it.
 */
final class TrustpilotMapper {
    /** Who answers when the review does not name its business unit. */
    static final String COMPANY_HANDLE = "trustpilot-business";
    private static final Set<String> REVIEW_EVENTS = Set.of("service-review-created", "service-review-updated");

    MappedReview map(JsonNode record) throws BadRecordException {
        JsonNode review = record;
        String p = "";
        if (record.has("eventName") || record.has("eventData")) {
            String event = JsonFields.string(record, "eventName", "eventName");
            if (event == null || !REVIEW_EVENTS.contains(event)) {
                throw new BadRecordException("event '" + (event == null ? "" : ReviewTimes.cut(event))
                        + "' is not a review (service-review-created and service-review-updated are imported)");
            }
            review = JsonFields.object(record, "eventData", "eventData");
            if (review == null) {
                throw new BadRecordException("missing required field 'eventData'");
            }
            p = "eventData.";
        }
        String id = JsonFields.required(review, "id", p + "id");
        Instant created = ReviewTimes.isoOffset(JsonFields.string(review, "createdAt", p + "createdAt"), p + "createdAt");
        int stars = JsonFields.stars(review, "stars", p + "stars");
        JsonNode consumer = JsonFields.object(review, "consumer", p + "consumer");
        String consumerId = JsonFields.string(consumer, "id", p + "consumer.id");
        if (consumerId == null) {
            throw new BadRecordException("missing required field '" + p + "consumer.id'");
        }
        String name = JsonFields.string(consumer, "displayName", p + "consumer.displayName");
        if (name == null) {
            name = JsonFields.string(consumer, "name", p + "consumer.name"); // the webhook's spelling
        }
        JsonNode business = JsonFields.object(review, "businessUnit", p + "businessUnit");
        String businessId = JsonFields.string(business, "id", p + "businessUnit.id");
        Interaction mapped = Interaction.builder().channel(Channels.TRUSTPILOT).sourceId(id).kind(InteractionKind.REVIEW)
                .authorHandle(consumerId).authorName(name).createdAt(created)
                .text(ReviewText.of(JsonFields.string(review, "title", p + "title"),
                        JsonFields.string(review, "text", p + "text")))
                .threadId(id).space(businessId).url(JsonFields.string(review, "link", p + "link")).rating(stars)
                .language(JsonFields.string(review, "language", p + "language")).build();
        try {
            return new MappedReview(mapped, reply(review, p, id, business, businessId), null);
        } catch (BadRecordException e) {
            return new MappedReview(mapped, null, e.getMessage());
        }
    }

    private static Interaction reply(JsonNode review, String p, String id, JsonNode business, String businessId)
            throws BadRecordException {
        JsonNode reply = JsonFields.object(review, "companyReply", p + "companyReply");
        if (reply == null || reply.isEmpty()) {
            return null;
        }
        String text = JsonFields.string(reply, "text", p + "companyReply.text");
        Instant at = ReviewTimes.isoOffset(JsonFields.string(reply, "createdAt", p + "companyReply.createdAt"),
                p + "companyReply.createdAt");
        return Interaction.builder().channel(Channels.TRUSTPILOT).sourceId(ReplyIds.of(id)).kind(InteractionKind.REPLY)
                .authorHandle(businessId != null ? businessId : COMPANY_HANDLE)
                .authorName(JsonFields.string(business, "displayName", p + "businessUnit.displayName"))
                .authorRole(ActorRole.OUR_ACCOUNT).createdAt(at).text(text).inReplyTo(id).threadId(id)
                .space(businessId).build();
    }
}
