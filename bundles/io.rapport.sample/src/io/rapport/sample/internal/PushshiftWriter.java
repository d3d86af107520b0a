package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the Reddit channel as Pushshift-style dumps of the company's subreddit: submissions ({@code RS_…}) and
 * comments ({@code RC_…}), one JSON object per line, with Reddit's {@code t3_}/{@code t1_} fullnames in
 * {@code name}, {@code parent_id} and {@code link_id}.
 */
final class PushshiftWriter implements ExportWriter {
    static final String FORMAT = "reddit";
    static final String SUBMISSIONS = "RS_2025-09_2026-10_Nimbalo.ndjson";
    static final String COMMENTS = "RC_2025-09_2026-10_Nimbalo.ndjson";

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Integer> comments = commentCounts(messages);
        Path submissions = directory.resolve(SUBMISSIONS);
        Path replies = directory.resolve(COMMENTS);
        try (OutputStream rs = new BufferedOutputStream(Files.newOutputStream(submissions), 1 << 16);
                OutputStream rc = new BufferedOutputStream(Files.newOutputStream(replies), 1 << 16);
                JsonGenerator s = json.createGenerator(rs, JsonEncoding.UTF8);
                JsonGenerator c = json.createGenerator(rc, JsonEncoding.UTF8)) {
            s.setRootValueSeparator(null);
            c.setRootValueSeparator(null);
            for (Message m : messages) {
                if (m.parent() == null) {
                    writeSubmission(s, m, ids, comments.getOrDefault(m, 0));
                    s.writeRaw('\n');
                } else {
                    writeComment(c, m, ids);
                    c.writeRaw('\n');
                }
            }
        }
        return List.of(new ExportFile(submissions, FORMAT), new ExportFile(replies, FORMAT));
    }

    private static void writeSubmission(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids, int comments)
            throws IOException {
        SourceIds.Ref ref = ids.get(m);
        g.writeStartObject();
        g.writeStringField("id", ref.id().substring(3));
        g.writeStringField("name", ref.id());
        g.writeStringField("author", m.author().handle());
        g.writeStringField("title", m.text());
        g.writeStringField("selftext", "");
        g.writeNumberField("created_utc", m.at().getEpochSecond());
        g.writeStringField("subreddit", subreddit(m));
        g.writeNumberField("score", m.likes());
        g.writeNumberField("num_comments", comments);
        g.writeStringField("permalink", ref.url());
        g.writeBooleanField("is_self", true);
        g.writeEndObject();
    }

    private static void writeComment(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids)
            throws IOException {
        SourceIds.Ref ref = ids.get(m);
        g.writeStartObject();
        g.writeStringField("id", ref.id().substring(3));
        g.writeStringField("name", ref.id());
        g.writeStringField("author", m.author().handle());
        g.writeStringField("body", m.text());
        g.writeStringField("parent_id", ids.get(m.parent()).id());
        g.writeStringField("link_id", ids.get(m.root()).id());
        g.writeNumberField("created_utc", m.at().getEpochSecond());
        g.writeStringField("subreddit", subreddit(m));
        g.writeNumberField("score", m.likes());
        g.writeStringField("permalink", ref.url());
        g.writeEndObject();
    }

    /** The subreddit's name without {@code r/}, as Reddit writes it. */
    private static String subreddit(Message m) {
        String space = m.root().space();
        return space == null ? "all" : space.substring(space.indexOf('/') + 1);
    }

    /** All comments under a submission, as Reddit counts them. */
    private static Map<Message, Integer> commentCounts(List<Message> messages) {
        Map<Message, Integer> counts = new java.util.IdentityHashMap<>();
        for (Message m : messages) {
            if (m.parent() != null) {
                counts.merge(m.root(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
