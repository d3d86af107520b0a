package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Reads one element of a Mastodon REST API document (a Status, or a notification carrying one in
 * {@code status}) from its START_OBJECT to its END_OBJECT, keeping what an interaction needs; media, cards,
 * emojis and the rest are skipped unread (they stay in the raw record).
 */
final class StatusReader {

    StatusFields read(JsonParser p) throws IOException {
        return read(p, new JsonValues.Problems(), "", true);
    }

    private StatusFields read(JsonParser p, JsonValues.Problems problems, String path, boolean top) throws IOException {
        StatusFields s = new StatusFields(problems);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            String field = path + name;
            switch (name) {
                case "id" -> s.id = JsonValues.string(p, field, problems);
                case "uri" -> s.uri = JsonValues.string(p, field, problems);
                case "url" -> s.url = JsonValues.string(p, field, problems);
                case "created_at" -> s.createdAt = JsonValues.string(p, field, problems);
                case "in_reply_to_id" -> s.inReplyToId = JsonValues.string(p, field, problems);
                case "in_reply_to_account_id" -> s.inReplyToAccountId = JsonValues.string(p, field, problems);
                case "content" -> s.content = JsonValues.string(p, field, problems);
                case "language" -> s.language = JsonValues.string(p, field, problems);
                case "replies_count" -> s.replies = JsonValues.count(p, field, problems);
                case "reblogs_count" -> s.reblogs = JsonValues.count(p, field, problems);
                case "favourites_count" -> s.favourites = JsonValues.count(p, field, problems);
                case "account" -> account(p, s, field);
                case "mentions" -> mentions(p, s, field);
                case "reblog" -> {
                    if (t == JsonToken.START_OBJECT) {
                        StatusFields boosted = read(p, new JsonValues.Problems(), field + ".", false);
                        s.reblog = true;
                        s.reblogged = boosted;
                        s.reblogUri = boosted.uri != null ? boosted.uri : boosted.url;
                    } else {
                        p.skipChildren();
                    }
                }
                case "type" -> s.notificationType = top ? JsonValues.string(p, field, problems) : skip(p);
                case "status" -> {
                    if (top && t == JsonToken.START_OBJECT) {
                        s.status = read(p, problems, "status.", false);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return s;
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static void account(JsonParser p, StatusFields s, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            if (p.currentToken() != JsonToken.VALUE_NULL) {
                s.problems.note("'" + path + "' must be an object, not " + JsonValues.describe(p.currentToken()));
            }
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String field = path + "." + name;
            switch (name) {
                case "id" -> s.accountId = JsonValues.string(p, field, s.problems);
                case "acct" -> s.acct = JsonValues.string(p, field, s.problems);
                case "url" -> s.accountUrl = JsonValues.string(p, field, s.problems);
                case "uri" -> s.accountUri = JsonValues.string(p, field, s.problems);
                case "display_name" -> s.displayName = JsonValues.string(p, field, s.problems);
                default -> p.skipChildren();
            }
        }
    }

    private static void mentions(JsonParser p, StatusFields s, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String id = null;
            String acct = null;
            String url = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = JsonValues.string(p, path + ".id", s.problems);
                    case "acct" -> acct = JsonValues.string(p, path + ".acct", s.problems);
                    case "url" -> url = JsonValues.string(p, path + ".url", s.problems);
                    default -> p.skipChildren();
                }
            }
            String handle = AccountHandles.fromAcct(acct, url);
            if (handle != null && !s.mentions.contains(handle)) {
                s.mentions.add(handle);
            }
            String actorUri = acct != null && acct.indexOf('@') < 0 ? AccountHandles.actorUriOfProfile(url) : null;
            if (id != null && actorUri != null) {
                s.mentionedLocalAccounts.put(id, actorUri);
            }
        }
    }
}
