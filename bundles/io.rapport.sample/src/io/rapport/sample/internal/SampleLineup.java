package io.rapport.sample.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.InteractionKind;

import java.util.List;
import java.util.Set;

/**
 * The ten channels of the sample and what happens on each: the one place to tune volumes, mixes and the
 * company's responsiveness. The figures are chosen to look like a mid-sized operator's year (roughly 10,000
 * interactions) and to tell a story: faster, fuller, more personal answers from more departments over time.
 */
final class SampleLineup {
    private static final CareHours CARE_DESK = new CareHours(8, 20, false);
    private static final CareHours LONG_CARE_DESK = new CareHours(7, 23, false);
    private static final CareHours LATE_FORUM_DESK = new CareHours(8, 22, false);
    private static final Set<Count> ALL_COUNTS = Set.of(Count.LIKES, Count.SHARES, Count.REPLIES);
    private static final Set<Count> LIKES_AND_REPLIES = Set.of(Count.LIKES, Count.REPLIES);
    /** Reviews and tickets start with their own scene, so no mix of first messages applies. */
    private static final IntentMix NOT_USED = new IntentMix(1, 0, 0, 0);

    List<ChannelScript> scripts() {
        return List.of(
                new ChannelScript(
                        new ChannelProfile(Channels.X, "x-mentions.rapport.jsonl", InteractionKind.REPLY, ALL_COUNTS,
                                null, true, 1.1, 0.9, new IntentMix(0.35, 0.40, 0.15, 0.10), 0,
                                new Responsiveness(0.45, 0.93, 0.15, 0.45, 1.0, 0.35, CARE_DESK, LONG_CARE_DESK)),
                        List.of(new MentionScene(44, 0.12), new BrandPostScene(10, 1.6, 2.5, 35, false))),
                new ChannelScript(
                        new ChannelProfile(Channels.MASTODON, "mastodon-mentions.rapport.jsonl", InteractionKind.REPLY,
                                ALL_COUNTS, null, true, 0.6, 1.5, new IntentMix(0.45, 0.25, 0.15, 0.15), 0,
                                new Responsiveness(0.3, 0.8, 0.3, 0.6, 2.5, 1.2, CARE_DESK, LONG_CARE_DESK)),
                        List.of(new MentionScene(11, 0.15), new BrandPostScene(5, 0.8, 1.8, 12, false))),
                new ChannelScript(
                        new ChannelProfile(Channels.REDDIT, "reddit-r-nimbalo.rapport.jsonl", InteractionKind.COMMENT,
                                LIKES_AND_REPLIES, SampleCompany.SUBREDDIT, false, 1.0, 1.2,
                                new IntentMix(0.5, 0.25, 0.1, 0.15), 0.7,
                                new Responsiveness(0.3, 0.8, 0.5, 0.75, 3, 1.5, CARE_DESK, LONG_CARE_DESK)),
                        List.of(new CommunityScene(24), new BrandPostScene(2, 5, 0, 40, true))),
                new ChannelScript(
                        new ChannelProfile(Channels.FACEBOOK, "facebook-page.rapport.jsonl", InteractionKind.COMMENT,
                                ALL_COUNTS, SampleCompany.FACEBOOK_PAGE, false, 1.0, 0.9,
                                new IntentMix(0.35, 0.45, 0.15, 0.05), 0.3,
                                new Responsiveness(0.35, 0.87, 0.08, 0.2, 2, 0.8, CARE_DESK, LONG_CARE_DESK)),
                        List.of(new CommunityScene(11), new BrandPostScene(8, 2.6, 1.5, 60, false))),
                new ChannelScript(
                        new ChannelProfile(Channels.INSTAGRAM, "instagram-comments.rapport.jsonl",
                                InteractionKind.COMMENT, LIKES_AND_REPLIES, null, true, 0.9, 1.2,
                                new IntentMix(0.3, 0.2, 0.45, 0.05), 0,
                                new Responsiveness(0.2, 0.7, 0.15, 0.35, 3, 1.5, CARE_DESK, LONG_CARE_DESK)),
                        List.of(new BrandPostScene(8, 3.5, 0, 280, false), new MentionScene(7, 0))),
                reviewSite(Channels.APP_STORE, Set.of(), new ReviewScene(22, true), 0.1, 0.65, 30, 12),
                reviewSite(Channels.GOOGLE_PLAY, Set.of(Count.LIKES), new ReviewScene(32, true), 0.12, 0.7, 26, 10),
                reviewSite(Channels.TRUSTPILOT, Set.of(Count.LIKES), new ReviewScene(26, false), 0.3, 0.9, 18, 7),
                new ChannelScript(
                        new ChannelProfile(Channels.ZENDESK, "zendesk-tickets.rapport.jsonl", InteractionKind.TICKET,
                                Set.of(), null, false, 1.0, 1.1, NOT_USED, 0,
                                new Responsiveness(0.93, 0.98, 1, 1, 3, 1.2, CARE_DESK, CARE_DESK)),
                        List.of(new TicketScene(21))),
                new ChannelScript(
                        new ChannelProfile(Channels.DISCOURSE, "discourse-community.rapport.jsonl",
                                InteractionKind.REPLY, LIKES_AND_REPLIES, SampleCompany.FORUM, false, 0.9, 1.3,
                                new IntentMix(0.55, 0.15, 0.05, 0.25), 0.75,
                                new Responsiveness(0.35, 0.85, 0.65, 0.85, 3.5, 1.5, CARE_DESK, LATE_FORUM_DESK)),
                        List.of(new CommunityScene(20), new BrandPostScene(2, 4, 0, 15, true))));
    }

    /**
     * A review site: the company replies as the developer or the business, in office hours, to more reviews
     * and faster as time goes on ({@code coverage} and {@code replyHours} from the first month to the last).
     */
    private static ChannelScript reviewSite(String channel, Set<Count> counts, ReviewScene reviews,
            double coverageFrom, double coverageTo, double replyHoursFrom, double replyHoursTo) {
        return new ChannelScript(
                new ChannelProfile(channel, channel + "-reviews.rapport.jsonl", InteractionKind.REPLY, counts, null,
                        false, 1.0, 1.0, NOT_USED, 0,
                        new Responsiveness(coverageFrom, coverageTo, 0, 0, replyHoursFrom, replyHoursTo,
                                CareHours.OFFICE, CareHours.OFFICE)),
                List.of(reviews));
    }
}
