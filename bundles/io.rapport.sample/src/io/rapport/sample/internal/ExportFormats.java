package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

import java.util.List;

/**
 * Which export format each channel of the sample is written in: the channel's own export, read by that
 * channel's importer, wherever that format carries the generated interactions without loss under the sample's
 * project settings. Four channels stay in the Rapport interchange format, because their own formats, as the
 * importers map them, would change who is ours or what is addressed to us:
 * <ul>
 * <li>Mastodon: the importer names every account {@code user@host} (outbox and API alike), so the settings'
 * {@code nimbalo}, {@code priya}, ... would no longer match and our replies would turn inbound;</li>
 * <li>Facebook: Graph API authors are numeric {@code from.id}s and the space is the page id, not the handles and
 * the page name of the settings; a download names every author {@code export-owner};</li>
 * <li>Instagram: the importer maps Graph API objects to channel {@code facebook}, and a download holds only the
 * owner's own posts and comments, not the customers' comments;</li>
 * <li>Discourse: a topic's space is {@code category:<id>}, not the forum the settings name as ours, so customers'
 * threads would no longer be addressed to us by being there.</li>
 * </ul>
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
            default -> new InterchangeWriter();
        };
    }
}
