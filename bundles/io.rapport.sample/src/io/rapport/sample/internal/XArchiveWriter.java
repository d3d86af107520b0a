package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one account's X archive as downloaded ({@code twitter-<date>-<account>.zip}): {@code data/account.js}
 * (the owner) and {@code data/tweets.js}, {@code window.YTD.tweets.part0 = [ ... ]} around X's pretty-printed array of
 * {@code {"tweet" : {...}}}, newest first, with ids and counts as strings, {@code created_at} like
 * {@code Wed Oct 10 20:19:24 +0000 2018}, {@code in_reply_to_status_id_str} and HTML-escaped {@code full_text}.
 */
final class XArchiveWriter {
    static final String FORMAT = "x-archive";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String ARCHIVE_PREFIX = "twitter-2026-11-01-";
    private static final LocalDateTime DOWNLOADED = LocalDateTime.of(2026, 11, 1, 9, 30);
    private static final String SOURCE = "<a href=\"https://www.sprinklr.com\" rel=\"nofollow\">Sprinklr</a>";

    /** The zips hold more than one file: closing a generator must not close the zip. */
    private final JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes {@code owner}'s archive, as downloaded, into {@code directory}; returns the zip. */
    ExportWriter.ExportFile write(Author owner, List<Message> tweets, Map<Message, SourceIds.Ref> ids,
            AccountNumbers users, Path directory) throws IOException {
        Path file = directory.resolve(ARCHIVE_PREFIX + owner.handle() + ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            entry(zip, "data/account.js");
            writeAccount(zip, owner, users);
            entry(zip, "data/tweets.js");
            zip.write("window.YTD.tweets.part0 = ".getBytes(StandardCharsets.US_ASCII));
            try (JsonGenerator g = pretty(json.createGenerator(zip, JsonEncoding.UTF8))) {
                g.writeStartArray();
                for (int i = tweets.size() - 1; i >= 0; i--) {
                    writeTweet(g, tweets.get(i), ids, users);
                }
                g.writeEndArray();
            }
            zip.closeEntry();
        }
        return new ExportWriter.ExportFile(file, FORMAT);
    }

    /** A new entry, dated the day the archive was downloaded (so the zip is the same bytes every time). */
    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(DOWNLOADED);
        zip.putNextEntry(e);
    }

    /** X's layout: two spaces a level, {@code "name" : value}, every array value and object entry on a line. */
    private static JsonGenerator pretty(JsonGenerator g) {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines));
        return g;
    }

    private void writeAccount(OutputStream out, Author owner, AccountNumbers users) throws IOException {
        out.write("window.YTD.account.part0 = ".getBytes(StandardCharsets.US_ASCII));
        try (JsonGenerator g = pretty(json.createGenerator(out, JsonEncoding.UTF8))) {
            g.writeStartArray();
            g.writeStartObject();
            g.writeObjectFieldStart("account");
            g.writeStringField("email", owner.handle() + "@nimbalo.example");
            g.writeStringField("createdVia", "web");
            g.writeStringField("username", owner.handle());
            g.writeStringField("accountId", users.of(owner.handle()));
            g.writeStringField("createdAt", "2019-04-02T10:12:45.000Z");
            g.writeStringField("accountDisplayName", owner.name());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private static void writeTweet(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids,
            AccountNumbers users) throws IOException {
        String id = ids.get(m).id();
        String text = m.text();
        g.writeStartObject();
        g.writeObjectFieldStart("tweet");
        g.writeObjectFieldStart("edit_info");
        g.writeObjectFieldStart("initial");
        g.writeArrayFieldStart("editTweetIds");
        g.writeString(id);
        g.writeEndArray();
        g.writeStringField("editableUntil", m.at().plusSeconds(3_600).toString().replace("Z", ".000Z"));
        g.writeStringField("editsRemaining", "5");
        g.writeBooleanField("isEditEligible", m.parent() == null);
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanField("retweeted", false);
        g.writeStringField("source", SOURCE);
        g.writeObjectFieldStart("entities");
        g.writeArrayFieldStart("hashtags");
        g.writeEndArray();
        g.writeArrayFieldStart("symbols");
        g.writeEndArray();
        g.writeArrayFieldStart("user_mentions");
        for (String handle : m.mentions()) {
            int start = Math.max(0, text.indexOf("@" + handle));
            g.writeStartObject();
            g.writeStringField("name", m.parent() != null && m.parent().author().handle().equals(handle)
                    ? m.parent().author().name() : handle);
            g.writeStringField("screen_name", handle);
            indices(g, start, start + 1 + handle.length());
            g.writeStringField("id_str", users.of(handle));
            g.writeStringField("id", users.of(handle));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("urls");
        g.writeEndArray();
        g.writeEndObject();
        indices(g, "display_text_range", 0, text.length());
        g.writeStringField("favorite_count", Long.toString(m.likes()));
        if (m.parent() != null) {
            g.writeStringField("in_reply_to_status_id_str", ids.get(m.parent()).id());
            g.writeStringField("in_reply_to_user_id", users.of(m.parent().author().handle()));
        }
        g.writeStringField("id_str", id);
        g.writeBooleanField("truncated", false);
        g.writeStringField("retweet_count", Long.toString(m.shares()));
        g.writeStringField("id", id);
        if (m.parent() != null) {
            g.writeStringField("in_reply_to_status_id", ids.get(m.parent()).id());
        }
        g.writeStringField("created_at", created(m.at()));
        g.writeBooleanField("favorited", false);
        g.writeStringField("full_text", escaped(text));
        g.writeStringField("lang", m.language());
        if (m.parent() != null) {
            g.writeStringField("in_reply_to_screen_name", m.parent().author().handle());
            g.writeStringField("in_reply_to_user_id_str", users.of(m.parent().author().handle()));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void indices(JsonGenerator g, int from, int to) throws IOException {
        indices(g, "indices", from, to);
    }

    private static void indices(JsonGenerator g, String field, int from, int to) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeString(Integer.toString(from));
        g.writeString(Integer.toString(to));
        g.writeEndArray();
    }

    static String created(Instant at) {
        return CREATED.format(at);
    }

    /** X escapes these three in a tweet's text. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
