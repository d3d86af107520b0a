package io.rapport.importer.reddit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * Reads the fields of one comment or submission object (a dump line, or the {@code data} of an API thing) into
 * a {@link RedditThing}. A field of the wrong type is noted as the thing's problem and reading goes on, so that
 * the parser always ends on the object's END_OBJECT and a listing can continue with the next thing.
 */
final class ThingFieldReader {

    /** Receives an API thing's nested {@code replies} listing; returns the fullnames of the replies it read. */
    interface RepliesReader {
        List<String> read(JsonParser p) throws IOException;
    }

    private ThingFieldReader() {
    }

    /**
     * @param p       positioned on the object's START_OBJECT; left on its END_OBJECT
     * @param raw     where to copy the object, or {@code null} when the original text is kept another way
     * @param replies reads nested replies, or {@code null} to skip them (dump lines have none)
     */
    static void read(JsonParser p, RedditThing t, JsonGenerator raw, RepliesReader replies) throws IOException {
        if (raw != null) {
            raw.writeStartObject();
        }
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (raw != null) {
                raw.writeFieldName(field);
            }
            if ("replies".equals(field) && v == JsonToken.START_OBJECT && replies != null) {
                List<String> names = replies.read(p);
                if (raw != null) {
                    // the replies are records of their own; this one keeps their fullnames, not a second copy
                    raw.writeStartArray();
                    for (String n : names) {
                        raw.writeString(n);
                    }
                    raw.writeEndArray();
                }
                continue;
            }
            switch (field) {
                case "id" -> t.id = string(p, v, field, t);
                case "name" -> t.name = string(p, v, field, t);
                case "parent_id" -> t.parentId = string(p, v, field, t);
                case "link_id" -> t.linkId = string(p, v, field, t);
                case "author" -> t.author = string(p, v, field, t);
                case "body" -> t.body = string(p, v, field, t);
                case "title" -> t.title = string(p, v, field, t);
                case "selftext" -> t.selftext = string(p, v, field, t);
                case "subreddit" -> t.subreddit = string(p, v, field, t);
                case "permalink" -> t.permalink = string(p, v, field, t);
                case "created_utc" -> t.createdUtc = timestamp(p, v, t);
                case "score" -> t.score = count(p, v);
                case "num_comments" -> t.numComments = count(p, v);
                case "num_crossposts" -> t.numCrossposts = count(p, v);
                default -> {
                    // kept only in the original text
                }
            }
            if (raw != null) {
                raw.copyCurrentStructureExact(p);
            } else {
                p.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("unexpected " + token + " in an object");
        }
        if (raw != null) {
            raw.writeEndObject();
        }
    }

    private static String string(JsonParser p, JsonToken v, String field, RedditThing t) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (v == JsonToken.VALUE_NUMBER_INT && isIdField(field)) {
            return p.getText(); // some old dumps write ids as numbers
        }
        if (v != JsonToken.VALUE_NULL && t.problem == null) {
            t.problem = "'" + field + "' must be a string, not " + describe(v);
        }
        return null;
    }

    private static boolean isIdField(String field) {
        return field.equals("id") || field.equals("parent_id") || field.equals("link_id");
    }

    private static String timestamp(JsonParser p, JsonToken v, RedditThing t) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT || v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (v != JsonToken.VALUE_NULL && t.problem == null) {
            t.problem = "'created_utc' must be seconds since the epoch (a number or a numeric string), not "
                    + describe(v);
        }
        return null;
    }

    /** Counts of another type (rare, never seen in real dumps) are left to the original text. */
    private static Long count(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                ? p.getLongValue() : null;
    }

    static String describe(JsonToken t) {
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
