package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

/**
 * Which export format each channel of the sample is written in: the channel's own export where an importer
 * reads one, else the Rapport interchange format.
 */
final class ExportFormats {
    private final SampleCalendar calendar;

    ExportFormats(SampleCalendar calendar) {
        this.calendar = calendar;
    }

    ExportWriter writerFor(String channel) {
        return switch (channel) {
            case Channels.X -> new XApiWriter();
            case Channels.REDDIT -> new PushshiftWriter();
            case Channels.GOOGLE_PLAY -> new PlayConsoleWriter(calendar);
            case Channels.APP_STORE -> new AppStoreConnectWriter();
            case Channels.TRUSTPILOT -> new TrustpilotWriter();
            case Channels.ZENDESK -> new ZendeskAuditsWriter();
            default -> new InterchangeWriter();
        };
    }
}
