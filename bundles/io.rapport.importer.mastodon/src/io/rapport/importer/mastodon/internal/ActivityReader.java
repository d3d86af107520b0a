package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads one ActivityStreams object from the parser (positioned on its START_OBJECT) to its END_OBJECT, keeping
 * the fields an interaction needs and skipping the rest (signatures, attachments, JSON-LD context) unread.
 */
final class ActivityReader {
    /** An activity embeds its object; deeper embedding carries nothing an interaction uses. */
    private static final int MAX_EMBEDDING = 2;

    ActivityFields read(JsonParser p) throws IOException {
        return read(p, new JsonValues.Problems(), "", 0);
    }

    private ActivityFields read(JsonParser p, JsonValues.Problems problems, String path, int depth) throws IOException {
        ActivityFields a = new ActivityFields(problems);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            String field = path + name;
            switch (name) {
                case "id" -> a.id = JsonValues.string(p, field, problems);
                case "type" -> a.type = type(p, field, problems);
                case "actor" -> a.actor = JsonValues.idOrString(p, field, problems);
                case "attributedTo" -> a.attributedTo = JsonValues.idOrString(p, field, problems);
                case "published" -> a.published = JsonValues.string(p, field, problems);
                case "inReplyTo" -> a.inReplyTo = JsonValues.idOrString(p, field, problems);
                case "content" -> a.content = JsonValues.string(p, field, problems);
                case "contentMap" -> a.language = firstKey(p);
                case "url" -> a.url = JsonValues.idOrString(p, field, problems);
                case "conversation" -> a.conversation = JsonValues.string(p, field, problems);
                case "replies" -> a.replies = JsonValues.totalItems(p, field, problems);
                case "likes" -> a.likes = JsonValues.totalItems(p, field, problems);
                case "shares" -> a.shares = JsonValues.totalItems(p, field, problems);
                case "tag" -> mentions(p, a, field);
                case "object" -> {
                    if (t == JsonToken.START_OBJECT && depth < MAX_EMBEDDING) {
                        a.object = read(p, problems, field + ".", depth + 1);
                    } else {
                        a.objectUri = JsonValues.idOrString(p, field, problems);
                    }
                }
                default -> p.skipChildren();
            }
        }
        return a;
    }

    /** {@code type} may be an array of types (JSON-LD); the first one decides. */
    private static String type(JsonParser p, String field, JsonValues.Problems problems) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            String first = null;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String v = JsonValues.string(p, field, problems);
                first = first == null ? v : first;
            }
            return first;
        }
        return JsonValues.string(p, field, problems);
    }

    /** Mastodon writes {@code contentMap} with one entry: the status's language. */
    private static String firstKey(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String first = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            first = first == null ? p.currentName() : first;
            p.nextToken();
            p.skipChildren();
        }
        return first;
    }

    /** {@code tag} holds Mention, Hashtag and Emoji entries; a Mention's {@code name} is {@code @user@host}. */
    private static void mentions(JsonParser p, ActivityFields a, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            mention(p, a, field);
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                mention(p, a, field);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void mention(JsonParser p, ActivityFields a, String field) throws IOException {
        String type = null;
        String name = null;
        String href = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "type" -> type = JsonValues.string(p, field + ".type", a.problems);
                case "name" -> name = JsonValues.string(p, field + ".name", a.problems);
                case "href" -> href = JsonValues.string(p, field + ".href", a.problems);
                default -> p.skipChildren();
            }
        }
        if ("Mention".equals(type)) {
            String handle = name != null ? AccountHandles.fromAcct(name, href) : AccountHandles.fromActorUri(href);
            if (handle != null && !a.mentions.contains(handle)) {
                a.mentions.add(handle);
            }
        }
    }
}
