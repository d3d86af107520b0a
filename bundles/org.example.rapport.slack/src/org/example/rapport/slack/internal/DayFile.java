package org.example.rapport.slack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/** One day of one channel: {@code <channel name>/YYYY-MM-DD.json}, an array of messages. */
interface DayFile {
    /** How Slack names a day's file. */
    Pattern NAME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}\\.json");

    /** The channel's folder name, which is the channel's name. */
    String channelName();

    /** How messages name it: the entry in the zip, or the file. */
    String name();

    long size();

    InputStream open() throws IOException;
}
