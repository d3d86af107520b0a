package org.example.rapport.slack.internal;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.JsonObject;

import org.example.rapport.slack.SlackExport;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message of a channel's day file to the canonical model (the mapping table is in the README). Events that
 * are not something a person said (joins, topic changes, pins, deleted-message placeholders) and messages of
 * bots and integrations are skipped, not rejected: a normal export must import under {@code --strict}.
 */
final class MessageMapper {
    /** Subtypes that record something happening in the channel rather than a message. */
    static final Set<String> EVENTS = Set.of("channel_join", "channel_leave", "channel_topic", "channel_purpose",
            "channel_name", "channel_archive", "channel_unarchive", "channel_convert_to_private",
            "channel_convert_to_public", "group_join", "group_leave", "group_topic", "group_purpose", "group_name",
            "group_archive", "group_unarchive", "pinned_item", "unpinned_item", "reminder_add", "bot_add",
            "bot_remove", "tombstone", "sh_room_created", "huddle_thread", "ekm_access_denied");
    /** Subtypes written by software: an integration's post or an automatic reply is nobody's answer. */
    static final Set<String> BOTS = Set.of("bot_message", "slackbot_response");

    private static final Pattern TS = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,9})?");

    private final ExportDirectory directory;

    MessageMapper(ExportDirectory directory) {
        this.directory = directory;
    }

    /** Whether the message is skipped (an event or a bot's); {@link #map} returns null for it. */
    static boolean skipped(JsonObject m) {
        Object subtype = m.get("subtype");
        if (subtype instanceof String s && (EVENTS.contains(s) || BOTS.contains(s))) {
            return true;
        }
        return m.get("bot_id") instanceof String && !(m.get("user") instanceof String);
    }

    /**
     * @return the interaction, or null for a skipped message
     * @throws BadRecordException naming the field when the message cannot be mapped
     */
    Interaction map(JsonObject m, String channelId, String channelName) throws BadRecordException {
        try {
            String type = m.string("type");
            if (type != null && !type.equals("message")) {
                throw new BadRecordException("not a message: 'type' is '" + type + "'");
            }
            if (skipped(m)) {
                return null;
            }
            String ts = m.string("ts");
            if (ts == null) {
                throw new BadRecordException("'ts' is missing: a message needs its timestamp, which is also its id");
            }
            Instant created = instant(ts, "ts");
            String user = m.string("user");
            if (user == null || user.isBlank()) {
                throw new BadRecordException("'user' is missing: who wrote the message is not known");
            }
            String threadTs = m.string("thread_ts");
            if (threadTs != null) {
                instant(threadTs, "thread_ts");
            }
            boolean reply = threadTs != null && !threadTs.equals(ts);
            SlackText.Result text = SlackText.of(m.string("text"), this::handle, directory::channelName);
            Interaction.Builder b = Interaction.builder().channel(SlackExport.CHANNEL)
                    .sourceId(channelId + "/" + ts)
                    .kind(reply ? InteractionKind.REPLY : InteractionKind.POST)
                    .authorHandle(handle(user)).authorName(realName(user, m)).createdAt(created)
                    .text(text.text() == null || text.text().isEmpty() ? null : text.text())
                    .threadId(channelId + "/" + (threadTs != null ? threadTs : ts))
                    .inReplyTo(reply ? channelId + "/" + threadTs : null)
                    .space("#" + channelName).mentions(text.mentions()).likes(reactions(m));
            Long replies = m.integer("reply_count");
            if (replies != null) {
                if (replies < 0) {
                    throw new BadRecordException("'reply_count' must not be negative, not " + replies);
                }
                b.replies(replies);
            }
            return b.build();
        } catch (JsonObject.TypeMismatch e) {
            throw new BadRecordException(e.getMessage());
        }
    }

    /** Slack's timestamps: seconds since the epoch with microseconds, as a string ("1704441600.000200"). */
    static Instant instant(String ts, String field) throws BadRecordException {
        if (!TS.matcher(ts).matches()) {
            throw new BadRecordException("'" + field + "' is not a Slack timestamp (seconds.microseconds): '"
                    + (ts.length() > 40 ? ts.substring(0, 40) + "…" : ts) + "'");
        }
        int dot = ts.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
        long nanos = 0;
        if (dot >= 0) {
            String fraction = (ts.substring(dot + 1) + "000000000").substring(0, 9);
            nanos = Long.parseLong(fraction);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private String handle(String userId) {
        ExportDirectory.User u = directory.user(userId);
        return u != null ? u.name() : userId;
    }

    private String realName(String userId, JsonObject m) throws JsonObject.TypeMismatch {
        ExportDirectory.User u = directory.user(userId);
        if (u != null && u.realName() != null) {
            return u.realName();
        }
        JsonObject profile = m.object("user_profile"); // newer exports carry the author's profile in each message
        if (profile != null) {
            String real = profile.string("real_name");
            return real != null && !real.isBlank() ? real : null;
        }
        return null;
    }

    /** The reactions' counts added up: Slack's equivalent of likes; null when it has none. */
    private static Long reactions(JsonObject m) throws JsonObject.TypeMismatch, BadRecordException {
        long sum = 0;
        boolean any = false;
        for (Object r : m.list("reactions")) {
            if (!(r instanceof JsonObject reaction)) {
                throw new BadRecordException("'reactions' must hold objects, not " + JsonObject.describe(r));
            }
            Long count = reaction.integer("count");
            if (count != null && count > 0) {
                sum += count;
                any = true;
            }
        }
        return any ? sum : null;
    }
}
