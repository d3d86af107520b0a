package io.rapport.importer.xarchive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one element of a tweets file to an {@link Interaction}. Current archives wrap each tweet as
 * {@code {"tweet": {...}}}; archives from before 2020 have the tweet object itself: both are read. Every
 * tweet's author is the archive's owner. Ids and counts are strings in archives and numbers in older copies:
 * both are accepted.
 */
final class TweetMapper {
    private final JsonFactory factory = new JsonFactory();
    private final Interaction.Builder builder = Interaction.builder();
    private final ArchiveOwner owner;
    private final NoteTweets notes;
    private final ReplyChains chains;
    private final String statusUrlPrefix;

    /** The fields of one tweet, reused from record to record. */
    private static final class Fields {
        String idStr;
        String id;
        String createdAt;
        String fullText;
        String text;
        String inReplyToStr;
        String inReplyTo;
        String lang;
        Long likes;
        Long shares;
        final List<String> mentions = new ArrayList<>(4);

        void clear() {
            idStr = id = createdAt = fullText = text = inReplyToStr = inReplyTo = lang = null;
            likes = shares = null;
            mentions.clear();
        }

        String id() {
            return idStr != null ? idStr : id;
        }

        String inReplyTo() {
            return inReplyToStr != null ? inReplyToStr : inReplyTo;
        }
    }

    private final Fields fields = new Fields();

    TweetMapper(ArchiveOwner owner, NoteTweets notes, ReplyChains chains) {
        this.owner = owner;
        this.notes = notes;
        this.chains = chains;
        this.statusUrlPrefix = "https://x.com/" + owner.username() + "/status/";
    }

    Interaction map(byte[] buf, int start, int length) throws BadRecordException {
        Fields f = fields;
        f.clear();
        read(buf, start, length, f, true);
        String id = f.id();
        if (id == null || id.isBlank()) {
            throw new BadRecordException("missing required field 'id_str'");
        }
        if (ReplyChains.parse(id) <= 0) {
            throw new BadRecordException("'id_str' is not a numeric tweet id: '" + abbreviate(id) + "'");
        }
        if (f.createdAt == null) {
            throw new BadRecordException("missing required field 'created_at'");
        }
        Instant created = TwitterDate.parse(f.createdAt);
        if (created == null) {
            throw new BadRecordException("'created_at' is not a date like '" + TwitterDate.EXAMPLE + "': '"
                    + abbreviate(f.createdAt) + "'");
        }
        String visible = HtmlEntities.decode(f.fullText != null ? f.fullText : f.text);
        String inReplyTo = blankToNull(f.inReplyTo());
        List<String> mentions = f.mentions;
        String text = visible;
        NoteTweets.Note note = notes.find(created, visible);
        if (note != null) {
            text = note.text();
            mentions = merge(mentions, note.mentions());
        }
        InteractionKind kind;
        String thread;
        if (visible != null && visible.startsWith("RT @")) {
            kind = InteractionKind.SHARE; // X exports retweets as the owner's tweets, text prefixed
            thread = id;
        } else if (inReplyTo != null) {
            kind = InteractionKind.REPLY;
            thread = chains.rootOf(inReplyTo);
        } else {
            kind = mentionsOthers(mentions) ? InteractionKind.MENTION : InteractionKind.POST;
            thread = id; // a conversation's root is its own thread, as X's conversation_id says
        }
        Interaction.Builder b = builder;
        return b.channel(Channels.X).sourceId(id).kind(kind).authorHandle(owner.username())
                .authorName(owner.displayName()).authorRole(null).authorDepartment(null).createdAt(created)
                .text(text).inReplyTo(kind == InteractionKind.SHARE ? null : inReplyTo).threadId(thread).space(null)
                .url(statusUrlPrefix + id).rating(null).likes(f.likes).shares(f.shares).replies(null)
                .language("und".equals(f.lang) ? null : f.lang).mentions(mentions).build();
    }

    /** Notes the reply edge of one element, for {@link ReplyChains}; an unreadable element adds nothing. */
    void collectReplyEdge(byte[] buf, int start, int length) {
        Fields f = fields;
        f.clear();
        try {
            read(buf, start, length, f, false);
        } catch (BadRecordException e) {
            return; // rejected with its reason when mapped
        }
        long parent = ReplyChains.parse(blankToNull(f.inReplyTo()));
        if (parent > 0) {
            chains.add(ReplyChains.parse(f.id()), parent);
        }
    }

    private void read(byte[] buf, int start, int length, Fields f, boolean all) throws BadRecordException {
        try (JsonParser p = factory.createParser(buf, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecordException("expected a JSON object");
            }
            boolean wrapped = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("tweet") && t == JsonToken.START_OBJECT) {
                    f.clear(); // fields beside the wrapper are not the tweet's
                    wrapped = true;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        field(p, field, p.nextToken(), f, all);
                    }
                } else if (!wrapped) {
                    field(p, name, t, f, all);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new BadRecordException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRecordException("invalid JSON: " + e.getMessage());
        }
    }

    private static void field(JsonParser p, String field, JsonToken t, Fields f, boolean all)
            throws IOException, BadRecordException {
        switch (field) {
            case "id_str" -> f.idStr = id(p, t, field);
            case "id" -> f.id = id(p, t, field);
            case "in_reply_to_status_id_str" -> f.inReplyToStr = id(p, t, field);
            case "in_reply_to_status_id" -> f.inReplyTo = id(p, t, field);
            default -> {
                if (!all) {
                    p.skipChildren();
                    return;
                }
                switch (field) {
                    case "created_at" -> f.createdAt = string(p, t, field);
                    case "full_text" -> f.fullText = string(p, t, field);
                    case "text" -> f.text = string(p, t, field);
                    case "lang" -> f.lang = string(p, t, field);
                    case "favorite_count" -> f.likes = count(p, t, field);
                    case "retweet_count" -> f.shares = count(p, t, field);
                    case "entities" -> entities(p, t, f);
                    default -> p.skipChildren();
                }
            }
        }
    }

    private static void entities(JsonParser p, JsonToken t, Fields f) throws IOException, BadRecordException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!name.equals("user_mentions") || v == JsonToken.VALUE_NULL) {
                p.skipChildren();
                continue;
            }
            if (v != JsonToken.START_ARRAY) {
                throw new BadRecordException("'entities.user_mentions' must be an array, not " + describe(v));
            }
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e != JsonToken.START_OBJECT) {
                    throw new BadRecordException("'entities.user_mentions' must hold objects, not " + describe(e));
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String m = p.currentName();
                    JsonToken mv = p.nextToken();
                    if (m.equals("screen_name") && mv == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                        f.mentions.add(p.getText().strip().replaceFirst("^@", ""));
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    private static String id(JsonParser p, JsonToken t, String field) throws IOException, BadRecordException {
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_STRING, VALUE_NUMBER_INT -> p.getText();
            default -> throw new BadRecordException("'" + field + "' must be an id (string or integer), not " + describe(t));
        };
    }

    private static String string(JsonParser p, JsonToken t, String field) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new BadRecordException("'" + field + "' must be a string, not " + describe(t));
        }
        return p.getText();
    }

    private static Long count(JsonParser p, JsonToken t, String field) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING) {
            long n = ReplyChains.parse(p.getText());
            if (n >= 0) {
                return n;
            }
        } else {
            p.skipChildren();
        }
        throw new BadRecordException("'" + field + "' must be a non-negative integer, not "
                + (t.isScalarValue() ? "'" + abbreviate(p.getText()) + "'" : describe(t)));
    }

    /** Whether the post names someone else: the owner signing a post with their own handle addresses no one. */
    private boolean mentionsOthers(List<String> mentions) {
        for (String m : mentions) {
            if (!m.equalsIgnoreCase(owner.username())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> merge(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String m : b) {
            if (out.stream().noneMatch(m::equalsIgnoreCase)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_STRING -> "a string";
            default -> String.valueOf(t);
        };
    }
}
