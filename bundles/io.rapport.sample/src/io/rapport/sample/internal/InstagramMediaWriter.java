package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Instagram channel as the Instagram Graph API returns the business account's media and the media it
 * is tagged in ({@code GET /{ig-user-id}/media} and {@code /tags} with
 * {@code fields=caption,media_type,permalink,timestamp,username,like_count,comments_count,
 * comments{text,timestamp,username,like_count,replies{...,parent_id}}}), the pages joined into one {@code data}
 * array. Instagram keeps replies one level deep, under the comment that started them; {@code parent_id} names
 * the comment or reply each one answers.
 */
final class InstagramMediaWriter implements ExportWriter {
    static final String FORMAT = "meta";
    static final String FILE = "ig-media-nimbalo.graph.json";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, List<Message>> comments = new IdentityHashMap<>();
        Map<Message, List<Message>> replies = new IdentityHashMap<>();
        List<Message> media = new ArrayList<>();
        for (Message m : messages) {
            if (m.parent() == null) {
                media.add(m);
            } else if (m.parent().parent() == null) {
                comments.computeIfAbsent(m.parent(), k -> new ArrayList<>()).add(m);
            } else {
                replies.computeIfAbsent(topComment(m), k -> new ArrayList<>()).add(m);
            }
        }
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            for (int i = media.size() - 1; i >= 0; i--) { // newest first, as the API lists media
                Message m = media.get(i);
                List<Message> under = comments.getOrDefault(m, List.of());
                g.writeStartObject();
                g.writeStringField("id", ids.get(m).id());
                g.writeStringField("caption", m.text());
                g.writeStringField("media_type", "IMAGE");
                g.writeStringField("permalink", ids.get(m).url());
                g.writeStringField("timestamp", TIMESTAMP.format(m.at()));
                g.writeStringField("username", m.author().handle());
                g.writeNumberField("like_count", m.likes());
                g.writeNumberField("comments_count", under.size());
                g.writeObjectFieldStart("comments");
                g.writeArrayFieldStart("data");
                for (Message c : under) {
                    writeComment(g, c, ids, replies.getOrDefault(c, List.of()));
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writeComment(JsonGenerator g, Message c, Map<Message, SourceIds.Ref> ids,
            List<Message> replies) throws IOException {
        g.writeStartObject();
        fields(g, c, ids);
        if (!replies.isEmpty()) {
            g.writeObjectFieldStart("replies");
            g.writeArrayFieldStart("data");
            for (Message r : replies) {
                g.writeStartObject();
                fields(g, r, ids);
                g.writeStringField("parent_id", ids.get(r.parent()).id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids) throws IOException {
        g.writeStringField("id", ids.get(m).id());
        g.writeStringField("text", m.text());
        g.writeStringField("timestamp", TIMESTAMP.format(m.at()));
        g.writeStringField("username", m.author().handle());
        g.writeNumberField("like_count", m.likes());
    }

    /** The comment on the media that a reply's chain starts from. */
    private static Message topComment(Message m) {
        Message c = m;
        while (c.parent().parent() != null) {
            c = c.parent();
        }
        return c;
    }
}
