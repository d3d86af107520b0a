package org.example.rapport.slack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * One day of one channel: {@code <channel name>/YYYY-MM-DD.json}, an array of messages.
 *
 * @param channelName the channel's folder name, which is the channel's name
 * @param name        how messages name it: the entry in the zip, or the file
 */
record DayFile(String channelName, String name, long size, ExportFile content) {
    /** How Slack names a day's file. */
    static final Pattern NAME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}\\.json");

    InputStream open() throws IOException {
        return content.open();
    }
}
