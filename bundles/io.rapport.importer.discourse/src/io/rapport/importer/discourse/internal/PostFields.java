package io.rapport.importer.discourse.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The fields of one post of {@code post_stream.posts}, read while the post streams past. A value of the wrong
 * JSON type is noted as the post's problem (it is then rejected naming the field) and skipped, so the parser
 * stays in step with the file.
 */
final class PostFields {
    /** Discourse's post types: a regular post, a moderator action, a small action ("closed this topic"), a whisper. */
    static final int REGULAR = 1;
    static final int SMALL_ACTION = 3;
    static final int WHISPER = 4;

    String problem;
    String id;
    String topicId;
    String topicSlug;
    /** A post in a list of latest posts ({@code /posts.json}) names its topic's category itself. */
    String categoryId;
    Long postNumber;
    Long replyToPostNumber;
    Long postType;
    String username;
    String name;
    String displayUsername;
    String createdAt;
    String cooked;
    boolean staff;
    Long replyCount;
    Long likes;

    private void note(String p) {
        if (problem == null) {
            problem = p;
        }
    }

    static PostFields read(JsonParser p) throws IOException {
        PostFields f = new PostFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> f.id = f.id(p, name);
                case "topic_id" -> f.topicId = f.id(p, name);
                case "topic_slug" -> f.topicSlug = f.text(p, name);
                case "category_id" -> f.categoryId = f.id(p, name);
                case "post_number" -> f.postNumber = f.number(p, name);
                case "reply_to_post_number" -> f.replyToPostNumber = f.number(p, name);
                case "post_type" -> f.postType = f.number(p, name);
                case "username" -> f.username = f.text(p, name);
                case "name" -> f.name = f.text(p, name);
                case "display_username" -> f.displayUsername = f.text(p, name);
                case "created_at" -> f.createdAt = f.text(p, name);
                case "cooked" -> f.cooked = f.text(p, name);
                // staff = admin or moderator in current Discourse; old exports have only some of the three
                case "staff", "admin", "moderator" -> f.staff |= f.flag(p, name);
                case "reply_count" -> f.replyCount = f.number(p, name);
                case "actions_summary" -> f.likes = likes(p);
                default -> p.skipChildren();
            }
        }
        return f;
    }

    /** The count of the "like" action (id 2) in {@code actions_summary}; null when not listed. */
    private static Long likes(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        Long likes = null;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            long id = -1;
            long count = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    continue; // not a count any forum has: ignored
                }
                if (t == JsonToken.VALUE_NUMBER_INT && name.equals("id")) {
                    id = p.getLongValue();
                } else if (t == JsonToken.VALUE_NUMBER_INT && name.equals("count")) {
                    count = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (id == 2 && count >= 0) {
                likes = count;
            }
        }
        return likes;
    }

    private String id(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || (t == JsonToken.VALUE_STRING && !p.getText().isBlank())) {
            return p.getText().strip();
        }
        return wrong(p, field, "an integer");
    }

    private String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return wrong(p, field, "a string");
    }

    private Long number(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                note("'" + field + "' is too large: " + p.getText());
                return null;
            }
            long v = p.getLongValue();
            if (v >= 0) {
                return v;
            }
            note("'" + field + "' must not be negative: " + v);
            return null;
        }
        wrong(p, field, "a non-negative integer");
        return null;
    }

    private boolean flag(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        wrong(p, field, "true or false");
        return false;
    }

    /** Notes a value of the wrong type (JSON null is simply absent) and skips it. */
    private String wrong(JsonParser p, String field, String expected) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NULL) {
            note("'" + field + "' must be " + expected + ", not " + describe(t));
            p.skipChildren();
        }
        return null;
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "missing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> t.toString();
        };
    }
}
