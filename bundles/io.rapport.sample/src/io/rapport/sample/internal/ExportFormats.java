package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

import java.util.List;

/**
 * Which export format each channel of the sample is written in: the channel's own export, read by that
 * channel's importer, so that a first launch goes through the importers a user's data would. The sample's
 * settings name the company's accounts, staff and spaces the way these exports identify them (Mastodon
 * {@code user@host}, Facebook Graph API ids, the Discourse category; see {@link SampleCompany}). The interchange
 * format remains for a channel added to the lineup without a writer of its own.
 */
final class ExportFormats {
    private final SampleCompany company;
    private final SampleCalendar calendar;

    ExportFormats(SampleCompany company, SampleCalendar calendar) {
        this.company = company;
        this.calendar = calendar;
    }

    ExportWriter writerFor(String channel) {
        return switch (channel) {
            // the company downloads the archives of its own two accounts; staff post from theirs
            case Channels.X -> new XExportWriter(List.of(company.brandAccount(Channels.X),
                    company.careAccount(Channels.X)));
            case Channels.REDDIT -> new PushshiftWriter();
            case Channels.GOOGLE_PLAY -> new PlayConsoleWriter(calendar);
            case Channels.APP_STORE -> new AppStoreConnectWriter();
            case Channels.TRUSTPILOT -> new TrustpilotWriter();
            case Channels.ZENDESK -> new ZendeskAuditsWriter();
            case Channels.MASTODON -> new MastodonApiWriter();
            case Channels.FACEBOOK -> new GraphFeedWriter();
            case Channels.INSTAGRAM -> new InstagramMediaWriter();
            case Channels.DISCOURSE -> new DiscoursePostsWriter();
            default -> new InterchangeWriter();
        };
    }
}
