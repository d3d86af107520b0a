package org.example.rapport.slack.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's {@code text} as people read it: Slack writes mentions, channel links, links and broadcasts in angle
 * brackets ({@code <@U024BE7LH>}, {@code <#C123|general>}, {@code <https://x.example|the docs>},
 * {@code <!here>}) and escapes {@code & < >}. Mentions become {@code @handle} (the handle from users.json when
 * the export has it, else the user id) and are collected for the interaction's mentions.
 */
final class SlackText {
    private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");

    /** The readable text and the handles it mentions, in order of first mention. */
    record Result(String text, List<String> mentions) {
    }

    private SlackText() {
    }

    /**
     * @param handleOf  a user id to the handle to show (the id itself when unknown)
     * @param channelOf a channel id to its name, or null
     */
    static Result of(String text, Function<String, String> handleOf, Function<String, String> channelOf) {
        if (text == null) {
            return new Result(null, List.of());
        }
        Set<String> mentions = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String inner = m.group(1);
            int bar = inner.indexOf('|');
            String target = bar < 0 ? inner : inner.substring(0, bar);
            String label = bar < 0 ? null : inner.substring(bar + 1);
            String shown;
            if (target.startsWith("@")) {
                String handle = handleOf.apply(target.substring(1));
                mentions.add(handle);
                shown = "@" + handle;
            } else if (target.startsWith("#")) {
                String name = label != null ? label : channelOf.apply(target.substring(1));
                shown = "#" + (name != null ? name : target.substring(1));
            } else if (target.startsWith("!")) {
                // <!here>, <!channel>, <!everyone>, <!subteam^S123|@team>, <!date^...|fallback>
                shown = label != null ? label : "@" + target.substring(1);
            } else {
                shown = label != null ? label : target;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        String readable = out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new Result(readable, new ArrayList<>(mentions));
    }
}
