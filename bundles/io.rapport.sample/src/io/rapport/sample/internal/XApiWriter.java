package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.model.InteractionKind;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what an analyst collects on X with the API v2 besides the company's own archives: full-archive search
 * responses (posts mentioning the company's accounts, the conversations around them, staff's answers), one
 * response of up to 100 tweets per line ({@code x-api-v2} NDJSON), with {@code expansions=author_id} users in
 * {@code includes.users}.
 */
final class XApiWriter {
    static final String FORMAT = "x-api-v2";
    static final String FILE = "nimbalo-search-all.xapi.ndjson";
    private static final int PAGE = 100;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    /** Writes the tweets, in time order, as search responses; {@code replies} counts each tweet's replies. */
    ExportWriter.ExportFile write(List<Message> messages, Map<Message, SourceIds.Ref> ids,
            Map<Message, Integer> replies, AccountNumbers users, Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (int from = 0; from < messages.size(); from += PAGE) {
                List<Message> page = messages.subList(from, Math.min(messages.size(), from + PAGE));
                writeResponse(g, page, ids, replies, users);
                g.writeRaw('\n');
            }
        }
        return new ExportWriter.ExportFile(file, FORMAT);
    }

    private static void writeResponse(JsonGenerator g, List<Message> page, Map<Message, SourceIds.Ref> ids,
            Map<Message, Integer> replies, AccountNumbers users) throws IOException {
        Map<String, Author> authors = new LinkedHashMap<>();
        g.writeStartObject();
        g.writeArrayFieldStart("data");
        for (Message m : page) {
            authors.putIfAbsent(m.author().handle(), m.author());
            writeTweet(g, m, ids, replies.getOrDefault(m, 0), users);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("includes");
        g.writeArrayFieldStart("users");
        for (Author a : authors.values()) {
            g.writeStartObject();
            g.writeStringField("id", users.of(a.handle()));
            g.writeStringField("name", a.name());
            g.writeStringField("username", a.handle());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("meta");
        g.writeStringField("newest_id", ids.get(page.get(page.size() - 1)).id());
        g.writeStringField("oldest_id", ids.get(page.get(0)).id());
        g.writeNumberField("result_count", page.size());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeTweet(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids, int replyCount,
            AccountNumbers users) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", ids.get(m).id());
        g.writeStringField("text", m.text());
        g.writeStringField("author_id", users.of(m.author().handle()));
        g.writeStringField("created_at", CREATED_AT.format(m.at()));
        Message threadRoot = m.shared() != null ? m.shared().root() : m.root();
        g.writeStringField("conversation_id", ids.get(threadRoot).id());
        g.writeStringField("lang", m.language());
        boolean share = m.kind() == InteractionKind.SHARE;
        g.writeObjectFieldStart("public_metrics");
        g.writeNumberField("retweet_count", share ? 0 : m.shares());
        g.writeNumberField("reply_count", share ? 0 : replyCount);
        g.writeNumberField("like_count", share ? 0 : m.likes());
        g.writeNumberField("quote_count", 0);
        g.writeEndObject();
        if (m.parent() != null || share) {
            g.writeArrayFieldStart("referenced_tweets");
            g.writeStartObject();
            g.writeStringField("type", share ? "retweeted" : "replied_to");
            g.writeStringField("id", ids.get(share ? m.shared() : m.parent()).id());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (m.parent() != null) {
            g.writeStringField("in_reply_to_user_id", users.of(m.parent().author().handle()));
        }
        if (!m.mentions().isEmpty()) {
            g.writeObjectFieldStart("entities");
            g.writeArrayFieldStart("mentions");
            for (String handle : m.mentions()) {
                int start = m.text().indexOf("@" + handle);
                g.writeStartObject();
                g.writeNumberField("start", Math.max(start, 0));
                g.writeNumberField("end", Math.max(start, 0) + handle.length() + 1);
                g.writeStringField("username", handle);
                g.writeStringField("id", users.of(handle));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
