package io.rapport.importer.discourse.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one Discourse document: a topic ({@code /t/<id>.json}: {@code post_stream.posts} with the topic's
 * {@code id}, {@code category_id}, {@code slug}, {@code title} around it), a topic's post list
 * ({@code /t/<id>/posts.json}: {@code post_stream.posts} and {@code id}) or the latest posts
 * ({@code /posts.json}: {@code latest_posts}). Without a visitor it reads only the topic's fields and skips the
 * posts; with one it hands over every post with its number (1-based in the file), byte offset and original bytes.
 */
final class TopicWalker {
    /** What the mapping pass does with each post. */
    interface Visitor {
        void post(PostFields post, String raw, long index, long offset);

        void unreadable(long index, long offset, String reason);
    }

    /** The topic's own fields; they follow the posts in a topic file, hence the first pass. */
    static final class Topic {
        String id;
        String categoryId;
        String slug;
    }

    private static final int KEYS_DESCRIBED = 8;

    private final JsonParser parser;
    private final RecordingInputStream recorder;
    private final long baseOffset;
    private final int maxRecordBytes;
    private final Visitor visitor;
    private final Topic topic = new Topic();
    private final List<String> keys = new ArrayList<>();
    private String description = "empty";
    private long recordIndex;
    private long recordOffset;
    private boolean insideRecord;

    /** @param visitor null to read the topic's fields only */
    TopicWalker(JsonParser parser, RecordingInputStream recorder, long baseOffset, int maxRecordBytes, Visitor visitor) {
        this.parser = parser;
        this.recorder = recorder;
        this.baseOffset = baseOffset;
        this.maxRecordBytes = maxRecordBytes;
        this.visitor = visitor;
    }

    /** @return whether the document holds a post array */
    boolean walk() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return false;
        }
        if (t != JsonToken.START_OBJECT) {
            description = PostFields.describe(t);
            parser.skipChildren();
            return false;
        }
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (keys.size() < KEYS_DESCRIBED) {
                keys.add(key);
            }
            switch (key) {
                case "post_stream" -> found |= postStream(value);
                case "latest_posts" -> found |= posts(value);
                case "id" -> topic.id = scalar(value);
                case "category_id" -> topic.categoryId = scalar(value);
                case "slug" -> topic.slug = scalar(value);
                default -> parser.skipChildren();
            }
        }
        description = "an object with the keys " + keys;
        if (parser.nextToken() != null) {
            throw new TrailingContentException(offset());
        }
        return found;
    }

    private boolean postStream(JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken v = parser.nextToken();
            if (key.equals("posts")) {
                found |= posts(v);
            } else {
                parser.skipChildren(); // 'stream': the ids of all posts, for paging
            }
        }
        return found;
    }

    private boolean posts(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return false;
        }
        if (visitor == null) {
            parser.skipChildren();
            return true;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            post();
        }
        return true;
    }

    private void post() throws IOException {
        recordIndex++;
        insideRecord = true;
        recordOffset = offset();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            String what = PostFields.describe(parser.currentToken());
            parser.skipChildren();
            insideRecord = false;
            visitor.unreadable(recordIndex, recordOffset, "a post is " + what + ", not a JSON object");
            return;
        }
        if (recorder != null) {
            recorder.startRecord(recordOffset);
        }
        PostFields f = PostFields.read(parser);
        String raw = null;
        boolean tooLarge = false;
        if (recorder != null) {
            tooLarge = recorder.recordTooLarge();
            raw = recorder.endRecord(baseOffset + parser.currentLocation().getByteOffset());
        }
        insideRecord = false;
        if (tooLarge) {
            visitor.unreadable(recordIndex, recordOffset, "record larger than " + (maxRecordBytes >> 20)
                    + " MB (a gigantic field?)");
        } else {
            visitor.post(f, raw, recordIndex, recordOffset);
        }
    }

    private String scalar(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    private long offset() {
        return baseOffset + parser.currentTokenLocation().getByteOffset();
    }

    Topic topic() {
        return topic;
    }

    String description() {
        return description;
    }

    long recordIndex() {
        return recordIndex;
    }

    boolean insideRecord() {
        return insideRecord;
    }

    long recordOffset() {
        return recordOffset;
    }

    long baseOffset() {
        return baseOffset;
    }

    /** Where the parser is: for errors that carry no location of their own (limit violations). */
    long parserOffset() {
        return baseOffset + parser.currentLocation().getByteOffset();
    }

    /** Something follows the document's closing brace: the file is not one JSON document. */
    static final class TrailingContentException extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        TrailingContentException(long offset) {
            super("unexpected content after the end of the JSON document");
            this.offset = offset;
        }
    }
}
