package org.example.rapport.slack.ui;

/**
 * The id of the Slack Channels view and the names of its widgets (Rapport's {@code WidgetNames.KEY}), so that
 * UI tests find what a user sees without depending on the layout.
 */
public final class SlackChannelsIds {
    /** The PartDescriptor (and part) id, for Show View. */
    public static final String PART = "org.example.rapport.slack.ui.part.channels";
    /** The table: one row per Slack channel. */
    public static final String TABLE = "slack.channels";

    private SlackChannelsIds() {
    }
}
