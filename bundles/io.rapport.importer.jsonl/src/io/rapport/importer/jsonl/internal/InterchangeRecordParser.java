package io.rapport.importer.jsonl.internal;

import io.rapport.importer.core.IsoInstant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.JsonReading;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one line of the Rapport interchange format (documented in the README) to an {@link Interaction}.
 * Unknown fields are allowed (they stay in the raw record); a duplicated field is an error, since which value
 * was meant cannot be known.
 */
final class InterchangeRecordParser {
    private final JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Interaction.Builder builder = Interaction.builder();

    Interaction parse(byte[] buf, int off, int len) throws BadRecordException {
        Interaction.Builder b = builder;
        String channel = null;
        String id = null;
        String kind = null;
        String handle = null;
        String createdAt = null;
        Long createdEpoch = null;
        resetOptional(b);
        try (JsonParser p = factory.createParser(buf, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecordException("expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "channel" -> channel = string(p, t, field);
                    case "id" -> id = idValue(p, t);
                    case "kind" -> kind = string(p, t, field);
                    case "author" -> handle = author(p, t, b);
                    case "created_at" -> {
                        if (t == JsonToken.VALUE_NUMBER_INT) {
                            createdEpoch = p.getLongValue();
                        } else {
                            createdAt = string(p, t, field);
                        }
                    }
                    case "text" -> b.text(string(p, t, field));
                    case "in_reply_to" -> b.inReplyTo(idOrNull(p, t, field));
                    case "thread_id" -> b.threadId(idOrNull(p, t, field));
                    case "space" -> b.space(string(p, t, field));
                    case "url" -> b.url(string(p, t, field));
                    case "language" -> b.language(string(p, t, field));
                    case "rating" -> b.rating(rating(p, t));
                    case "counts" -> counts(p, t, b);
                    case "mentions" -> b.mentions(mentions(p, t));
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new BadRecordException("invalid JSON: unexpected " + p.currentToken());
            }
            if (p.nextToken() != null) {
                throw new BadRecordException("unexpected content after the JSON object");
            }
        } catch (JsonParseException e) {
            throw new BadRecordException("invalid JSON: " + JsonReading.oneLine(e) + " (column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadRecordException("invalid JSON: " + e.getMessage());
        }
        require(channel, "channel");
        require(id, "id");
        require(kind, "kind");
        require(handle, "author.handle");
        if (createdAt == null && createdEpoch == null) {
            throw new BadRecordException("missing required field 'created_at'");
        }
        if (!Channels.isValidId(channel)) {
            throw new BadRecordException("'" + channel + "' is not a channel id (lower-case letters, digits, '-')");
        }
        try {
            b.kind(InteractionKind.fromId(kind));
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(e.getMessage());
        }
        b.channel(channel).sourceId(id).authorHandle(handle)
                .createdAt(createdEpoch != null ? Instant.ofEpochSecond(createdEpoch) : instant(createdAt));
        return b.build();
    }

    private static void resetOptional(Interaction.Builder b) {
        b.authorName(null).authorRole(null).authorDepartment(null).text(null).inReplyTo(null).threadId(null)
                .space(null).url(null).language(null).rating(null).likes(null).shares(null).replies(null)
                .mentions(null);
    }

    private static void require(String value, String field) throws BadRecordException {
        if (value == null || value.isBlank()) {
            throw new BadRecordException("missing required field '" + field + "'");
        }
    }

    private static Instant instant(String s) throws BadRecordException {
        try {
            return IsoInstant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRecordException("'created_at' is not an ISO-8601 date-time with offset: '" + s + "'");
        }
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

    private static String idValue(JsonParser p, JsonToken t) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        throw new BadRecordException("'id' must be a string or an integer, not " + describe(t));
    }

    private static String idOrNull(JsonParser p, JsonToken t, String field) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        throw new BadRecordException("'" + field + "' must be a string or an integer, not " + describe(t));
    }

    private static String author(JsonParser p, JsonToken t, Interaction.Builder b) throws IOException, BadRecordException {
        if (t != JsonToken.START_OBJECT) {
            throw new BadRecordException("'author' must be an object with at least a 'handle'");
        }
        String handle = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "handle" -> handle = string(p, v, "author.handle");
                case "name" -> b.authorName(string(p, v, "author.name"));
                case "department" -> b.authorDepartment(string(p, v, "author.department"));
                case "role" -> {
                    String role = string(p, v, "author.role");
                    try {
                        b.authorRole(role == null ? null : ActorRole.fromId(role));
                    } catch (IllegalArgumentException e) {
                        throw new BadRecordException("author." + e.getMessage());
                    }
                }
                default -> p.skipChildren();
            }
        }
        return handle;
    }

    private static Integer rating(JsonParser p, JsonToken t) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0 || p.getLongValue() > 10) {
            throw new BadRecordException("'rating' must be an integer from 0 to 10, not " + p.getText());
        }
        return p.getIntValue();
    }

    private static void counts(JsonParser p, JsonToken t, Interaction.Builder b) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new BadRecordException("'counts' must be an object of integers");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            Long n;
            if (v == JsonToken.VALUE_NULL) {
                n = null;
            } else if (v == JsonToken.VALUE_NUMBER_INT && p.getLongValue() >= 0) {
                n = p.getLongValue();
            } else {
                throw new BadRecordException("'counts." + f + "' must be a non-negative integer, not " + p.getText());
            }
            switch (f) {
                case "likes" -> b.likes(n);
                case "shares" -> b.shares(n);
                case "replies" -> b.replies(n);
                default -> { // other counts stay in the raw record
                }
            }
        }
    }

    private static List<String> mentions(JsonParser p, JsonToken t) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new BadRecordException("'mentions' must be an array of handles");
        }
        List<String> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new BadRecordException("'mentions' must contain only strings");
            }
            out.add(p.getText());
        }
        return out;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> String.valueOf(t);
        };
    }
}
