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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Facebook channel as the Graph API's page feed ({@code GET /{page-id}/feed} with
 * {@code fields=message,created_time,from,permalink_url,shares,reactions.summary(true),
 * comments.summary(true){...},sharedposts{...}}), the pages joined into one {@code data} array: the page's and
 * visitors' posts, each with its comments nested as Facebook nests replies ({@code parent} names the comment
 * answered) and the posts that share it. People are the Graph API's numeric {@code from.id}s.
 */
final class GraphFeedWriter implements ExportWriter {
    static final String FORMAT = "meta";
    static final String FILE = "page-feed-nimbalo.graph.json";
    private static final DateTimeFormatter CREATED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, List<Message>> answers = new IdentityHashMap<>();
        Map<Message, List<Message>> shares = new IdentityHashMap<>();
        List<Message> posts = new ArrayList<>();
        for (Message m : messages) {
            if (m.kind() == InteractionKind.SHARE) {
                shares.computeIfAbsent(m.shared(), k -> new ArrayList<>()).add(m);
            } else if (m.parent() != null) {
                answers.computeIfAbsent(m.parent(), k -> new ArrayList<>()).add(m);
            } else {
                posts.add(m);
            }
        }
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            for (int i = posts.size() - 1; i >= 0; i--) { // the feed runs newest first
                writePost(g, posts.get(i), ids, answers, shares.getOrDefault(posts.get(i), List.of()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("paging");
            g.writeObjectFieldStart("cursors");
            g.writeStringField("before", "QVFIUjNiZAmRk");
            g.writeStringField("after", "QVFIUkZA0cWlN");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writePost(JsonGenerator g, Message post, Map<Message, SourceIds.Ref> ids,
            Map<Message, List<Message>> answers, List<Message> shares) throws IOException {
        g.writeStartObject();
        common(g, post, ids.get(post));
        g.writeObjectFieldStart("shares");
        g.writeNumberField("count", post.shares());
        g.writeEndObject();
        g.writeObjectFieldStart("reactions");
        g.writeArrayFieldStart("data");
        g.writeEndArray();
        summary(g, post.likes());
        g.writeEndObject();
        List<Message> comments = answers.getOrDefault(post, List.of());
        g.writeObjectFieldStart("comments");
        writeComments(g, comments, ids, answers);
        summary(g, comments.size());
        g.writeEndObject();
        if (!shares.isEmpty()) {
            g.writeObjectFieldStart("sharedposts");
            g.writeArrayFieldStart("data");
            for (Message s : shares) {
                g.writeStartObject();
                common(g, s, ids.get(s));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeComments(JsonGenerator g, List<Message> comments, Map<Message, SourceIds.Ref> ids,
            Map<Message, List<Message>> answers) throws IOException {
        g.writeArrayFieldStart("data");
        for (Message c : comments) {
            List<Message> replies = answers.getOrDefault(c, List.of());
            g.writeStartObject();
            common(g, c, ids.get(c));
            if (c.parent().parent() != null) {
                g.writeObjectFieldStart("parent");
                g.writeStringField("id", ids.get(c.parent()).id());
                g.writeEndObject();
            }
            g.writeNumberField("like_count", c.likes());
            g.writeNumberField("comment_count", replies.size());
            if (!replies.isEmpty()) {
                g.writeObjectFieldStart("comments");
                writeComments(g, replies, ids, answers);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void common(JsonGenerator g, Message m, SourceIds.Ref ref) throws IOException {
        g.writeStringField("id", ref.id());
        g.writeStringField("message", m.text());
        g.writeStringField("created_time", CREATED_TIME.format(m.at()));
        g.writeStringField("permalink_url", ref.url());
        g.writeObjectFieldStart("from");
        g.writeStringField("id", m.author().handle());
        g.writeStringField("name", m.author().name());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, long total) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("total_count", total);
        g.writeEndObject();
    }
}
