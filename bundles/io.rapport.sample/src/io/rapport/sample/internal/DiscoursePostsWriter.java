package io.rapport.sample.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.model.ActorRole;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Discourse channel as the forum's latest posts ({@code GET /posts.json}, newest first), the pages
 * joined into one {@code latest_posts} array: each post names its topic, slug, title and category
 * ({@value SampleCompany#FORUM_CATEGORY_ID}, the support category) and the post number it replies to. Staff
 * are the forum's moderators ({@code staff}); the team account is an ordinary user the settings name as ours.
 */
final class DiscoursePostsWriter implements ExportWriter {
    static final String FORMAT = "discourse";
    static final String FILE = "nimbalo-community-discourse-posts.json";
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int TITLE_WORDS = 8;

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Integer> replies = new IdentityHashMap<>();
        messages.stream().filter(m -> m.parent() != null).forEach(m -> replies.merge(m.parent(), 1, Integer::sum));
        AccountNumbers users = new AccountNumbers(1_000, 1);
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("latest_posts");
            for (int i = messages.size() - 1; i >= 0; i--) {
                Message m = messages.get(i);
                writePost(g, m, 48_000 + i, ids, replies.getOrDefault(m, 0), users);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writePost(JsonGenerator g, Message m, long postId, Map<Message, SourceIds.Ref> ids,
            int replyCount, AccountNumbers users) throws IOException {
        String[] place = ids.get(m).id().split("/"); // <topic>/<post number>
        String title = title(m.root().text());
        boolean staff = m.author().role() == ActorRole.STAFF;
        g.writeStartObject();
        g.writeNumberField("id", postId);
        g.writeStringField("name", m.author().name());
        g.writeStringField("username", m.author().handle());
        g.writeStringField("avatar_template", "/letter_avatar_proxy/v4/letter/"
                + Character.toLowerCase(m.author().handle().charAt(0)) + "/8c91f0/{size}.png");
        g.writeStringField("created_at", CREATED_AT.format(m.at()));
        g.writeStringField("cooked", HtmlParagraph.of(m.text()));
        g.writeNumberField("post_number", Integer.parseInt(place[1]));
        g.writeNumberField("post_type", 1);
        g.writeStringField("updated_at", CREATED_AT.format(m.at()));
        g.writeNumberField("reply_count", replyCount);
        if (m.parent() == null || m.parent().parent() == null) {
            g.writeNullField("reply_to_post_number"); // an answer to the topic itself
        } else {
            g.writeNumberField("reply_to_post_number", Integer.parseInt(ids.get(m.parent()).id().split("/")[1]));
        }
        g.writeNumberField("topic_id", Long.parseLong(place[0]));
        g.writeStringField("topic_slug", slug(title));
        g.writeStringField("topic_title", title);
        g.writeStringField("topic_html_title", title);
        g.writeNumberField("category_id", SampleCompany.FORUM_CATEGORY_ID);
        g.writeStringField("display_username", m.author().name());
        g.writeArrayFieldStart("actions_summary");
        if (m.likes() > 0) {
            g.writeStartObject();
            g.writeNumberField("id", 2);
            g.writeNumberField("count", m.likes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("moderator", staff);
        g.writeBooleanField("admin", false);
        g.writeBooleanField("staff", staff);
        g.writeNumberField("user_id", Long.parseLong(users.of(m.author().handle())));
        g.writeEndObject();
    }

    /** The topic's title: the first words of its first post. */
    private static String title(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= TITLE_WORDS) {
            return text;
        }
        return String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + "…";
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "topic" : s;
    }
}
