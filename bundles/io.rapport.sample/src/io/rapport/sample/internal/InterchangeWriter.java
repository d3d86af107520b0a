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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a channel's messages as a Rapport interchange file (JSON Lines, one interaction per line), for a
 * channel of the lineup that has no writer of its own format (see {@link ExportFormats}).
 */
final class InterchangeWriter implements ExportWriter {
    static final String FORMAT = "rapport-jsonl";

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        return List.of(new ExportFile(writeFile(export, directory), FORMAT));
    }

    /** Writes the export into {@code directory} under its file name; returns the file. */
    Path writeFile(ChannelExport export, Path directory) throws IOException {
        Path file = directory.resolve(export.profile().exportFile());
        List<Message> messages = export.messages();
        String channel = export.profile().channel();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(channel, messages);
        Map<Message, Integer> replies = replyCounts(messages);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null); // we end each line ourselves
            for (Message m : messages) {
                writeRecord(g, export.profile(), m, ids, replies.getOrDefault(m, 0));
                g.writeRaw('\n');
            }
        }
        return file;
    }

    private static void writeRecord(JsonGenerator g, ChannelProfile profile, Message m, Map<Message, SourceIds.Ref> ids,
            int replyCount) throws IOException {
        SourceIds.Ref ref = ids.get(m);
        g.writeStartObject();
        g.writeStringField("channel", profile.channel());
        g.writeStringField("id", ref.id());
        g.writeStringField("kind", m.kind().id());
        g.writeStringField("created_at", m.at().toString());
        g.writeObjectFieldStart("author");
        g.writeStringField("handle", m.author().handle());
        g.writeStringField("name", m.author().name());
        if (m.author().declared()) {
            g.writeStringField("role", m.author().role().id());
            if (m.author().department() != null) {
                g.writeStringField("department", m.author().department().id());
            }
        }
        g.writeEndObject();
        if (m.text() != null) {
            g.writeStringField("text", m.text());
        }
        if (m.parent() != null) {
            g.writeStringField("in_reply_to", ids.get(m.parent()).id());
        }
        Message threadRoot = m.shared() != null ? m.shared().root() : m.root();
        g.writeStringField("thread_id", ids.get(threadRoot).id());
        if (m.space() != null) {
            g.writeStringField("space", m.space());
        }
        g.writeStringField("url", ref.url());
        if (m.rating() != null) {
            g.writeNumberField("rating", m.rating());
        }
        if (!profile.counts().isEmpty() && m.kind() != InteractionKind.SHARE) {
            g.writeObjectFieldStart("counts");
            if (profile.has(Count.LIKES)) {
                g.writeNumberField("likes", m.likes());
            }
            if (profile.has(Count.SHARES)) {
                g.writeNumberField("shares", m.shares());
            }
            if (profile.has(Count.REPLIES)) {
                g.writeNumberField("replies", replyCount);
            }
            g.writeEndObject();
        }
        g.writeStringField("language", m.language());
        if (!m.mentions().isEmpty()) {
            g.writeArrayFieldStart("mentions");
            for (String h : m.mentions()) {
                g.writeString(h);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Direct replies per message, as the platforms count them. */
    private static Map<Message, Integer> replyCounts(List<Message> messages) {
        Map<Message, Integer> counts = new IdentityHashMap<>();
        for (Message m : messages) {
            if (m.parent() != null) {
                counts.merge(m.parent(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
