package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

import java.util.List;

/**
 * Which export format each channel of the sample is written in: the channel's own export where an importer
 * reads one, else the Rapport interchange format.
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
