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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Mastodon channel as the company's server ({@value SampleCompany#MASTODON_SERVER}) returns statuses
 * from its REST API (the mentions of our accounts and the conversations around them, as
 * {@code GET /api/v1/statuses/:id/context} gives them), the pages joined into one JSON array of Status
 * entities. Accounts on that server have a local {@code acct} ({@code nimbalo}), others {@code user@host}; a
 * boost is a status whose {@code reblog} is the boosted status.
 */
final class MastodonApiWriter implements ExportWriter {
    static final String FORMAT = "mastodon";
    static final String FILE = "statuses-nimbalo-mentions.json";
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory json = new JsonFactory();

    @Override
    public List<ExportFile> write(ChannelExport export, Path directory) throws IOException {
        List<Message> messages = export.messages();
        Map<Message, SourceIds.Ref> ids = SourceIds.assign(export.profile().channel(), messages);
        Map<Message, Integer> replies = new IdentityHashMap<>();
        messages.stream().filter(m -> m.parent() != null).forEach(m -> replies.merge(m.parent(), 1, Integer::sum));
        AccountNumbers accounts = new AccountNumbers(109_300_000_000_000_000L, 4_099);
        Path file = directory.resolve(FILE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (Message m : messages) {
                writeStatus(g, m, ids, replies.getOrDefault(m, 0), accounts);
            }
            g.writeEndArray();
        }
        return List.of(new ExportFile(file, FORMAT));
    }

    private static void writeStatus(JsonGenerator g, Message m, Map<Message, SourceIds.Ref> ids, int replyCount,
            AccountNumbers accounts) throws IOException {
        boolean boost = m.kind() == InteractionKind.SHARE;
        SourceIds.Ref ref = ids.get(m);
        g.writeStartObject();
        g.writeStringField("id", localId(ref));
        g.writeStringField("created_at", CREATED_AT.format(m.at()));
        if (m.parent() == null) {
            g.writeNullField("in_reply_to_id");
            g.writeNullField("in_reply_to_account_id");
        } else {
            g.writeStringField("in_reply_to_id", localId(ids.get(m.parent())));
            g.writeStringField("in_reply_to_account_id", accounts.of(m.parent().author().handle()));
        }
        g.writeBooleanField("sensitive", false);
        g.writeStringField("spoiler_text", "");
        g.writeStringField("visibility", "public");
        g.writeStringField("language", boost ? null : m.language());
        g.writeStringField("uri", ref.id());
        g.writeStringField("url", boost ? null : ref.url());
        g.writeNumberField("replies_count", boost ? 0 : replyCount);
        g.writeNumberField("reblogs_count", boost ? 0 : m.shares());
        g.writeNumberField("favourites_count", boost ? 0 : m.likes());
        g.writeStringField("content", boost ? "" : HtmlParagraph.of(m.text()));
        if (boost) {
            g.writeFieldName("reblog");
            writeStatus(g, m.shared(), ids, 0, accounts);
        } else {
            g.writeNullField("reblog");
        }
        g.writeFieldName("account");
        writeAccount(g, m.author(), accounts);
        g.writeArrayFieldStart("mentions");
        if (!boost) {
            for (String handle : m.mentions()) {
                g.writeStartObject();
                g.writeStringField("id", accounts.of(handle));
                g.writeStringField("username", user(handle));
                g.writeStringField("url", profile(handle));
                g.writeStringField("acct", acct(handle));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAccount(JsonGenerator g, Author a, AccountNumbers accounts) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", accounts.of(a.handle()));
        g.writeStringField("username", user(a.handle()));
        g.writeStringField("acct", acct(a.handle()));
        g.writeStringField("display_name", a.name());
        g.writeStringField("url", profile(a.handle()));
        g.writeStringField("uri", "https://" + host(a.handle()) + "/users/" + user(a.handle()));
        g.writeEndObject();
    }

    /** The number the server gives a status: the last part of its URI (a boost's URI ends in /activity). */
    private static String localId(SourceIds.Ref ref) {
        String uri = ref.id().endsWith("/activity") ? ref.id().substring(0, ref.id().length() - 9) : ref.id();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** As the company's server writes an account: without host when it is one of its own. */
    private static String acct(String handle) {
        return host(handle).equals(SampleCompany.MASTODON_SERVER) ? user(handle) : handle;
    }

    private static String profile(String handle) {
        return "https://" + host(handle) + "/@" + user(handle);
    }

    private static String user(String handle) {
        return handle.substring(0, handle.indexOf('@'));
    }

    private static String host(String handle) {
        return handle.substring(handle.indexOf('@') + 1);
    }
}
