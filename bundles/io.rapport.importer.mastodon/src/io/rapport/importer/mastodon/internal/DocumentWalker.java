package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the shapes a Mastodon file comes in and hands each record to {@link Records}, one at a time, without
 * ever holding more than one record:
 * <ul>
 * <li>an ActivityStreams {@code OrderedCollection} or {@code OrderedCollectionPage} (the archive's
 * {@code outbox.json}): every element of {@code orderedItems} (or {@code items}) is an activity; a collection may
 * embed its {@code first} page; and a key seen twice (real archives repeat {@code orderedItems}) is simply
 * walked again;</li>
 * <li>a JSON array (an API status list, or notifications): every element is a status or notification;</li>
 * <li>an object with {@code ancestors} and {@code descendants} (an API context) or {@code statuses} (search):
 * their elements are statuses;</li>
 * <li>anything else is reported by {@link Shape}: a lone activity or status (read again as one record by the
 * caller), or not a Mastodon document at all.</li>
 * </ul>
 * A record's raw text is cut from the {@link RecordingInputStream} by the parser's byte offsets, so it is the
 * record byte for byte.
 */
final class DocumentWalker {
    private static final Set<String> ACTIVITY_CONTAINERS = Set.of("orderedItems", "items");
    private static final Set<String> STATUS_CONTAINERS = Set.of("ancestors", "descendants", "statuses");
    private static final Set<String> LONE_ACTIVITY_TYPES = Set.of("Create", "Update", "Announce", "Note", "Question",
            "Article", "Page");
    /** How deep {@code first} pages may embed each other. */
    private static final int MAX_PAGE_NESTING = 3;

    /** What the walk found. */
    enum Shape {
        /** A collection, list or context: its records were handed over. */
        RECORDS,
        /** One activity or note as the whole document. */
        LONE_ACTIVITY,
        /** One status as the whole document. */
        LONE_STATUS,
        /** Valid JSON, but none of the shapes above; {@link DocumentWalker#description()} says what it was. */
        UNKNOWN,
        /** The walk was stopped: the caller only wanted API statuses and an activity collection came. */
        STOPPED
    }

    /** Receives the records of a document. */
    interface Records {
        void activity(ActivityFields activity, String raw, long index, long offset);

        void status(StatusFields status, String raw, long index, long offset);

        /** A record that could not be read at all (not an object, or larger than the limit). */
        void unreadable(long index, long offset, String reason);

        /** Whether to walk activity collections; false ends the walk at the first one. */
        boolean wantsActivities();
    }

    private final JsonParser parser;
    private final RecordingInputStream recorder;
    private final long baseOffset;
    private final Records records;
    private final ActivityReader activities = new ActivityReader();
    private final StatusReader statuses = new StatusReader();
    private long recordIndex;
    private boolean insideRecord;
    private long recordOffset = -1;
    private String description = "";

    /**
     * @param recorder   where raw records are cut from, or null when raw text is not wanted
     * @param baseOffset bytes of the file before the parser's input (a byte order mark)
     */
    DocumentWalker(JsonParser parser, RecordingInputStream recorder, long baseOffset, Records records) {
        this.parser = parser;
        this.recorder = recorder;
        this.baseOffset = baseOffset;
        this.records = records;
    }

    /** Records handed over (and rejected) so far; the next one gets this plus one. */
    long recordIndex() {
        return recordIndex;
    }

    /** Whether the parser is inside the record last counted (for naming the record a parse error broke). */
    boolean insideRecord() {
        return insideRecord;
    }

    /** File offset the parser has read up to. */
    long parserOffset() {
        return baseOffset + parser.currentLocation().getByteOffset();
    }

    /** File offset of the record last counted. */
    long recordOffset() {
        return recordOffset;
    }

    long baseOffset() {
        return baseOffset;
    }

    /** For {@link Shape#UNKNOWN}: what the document is instead. */
    String description() {
        return description;
    }

    /** File offset of the parser's current token. */
    long tokenOffset() {
        return baseOffset + parser.currentTokenLocation().getByteOffset();
    }

    Shape walk() throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            description = "an empty file";
            return Shape.UNKNOWN;
        }
        Shape shape;
        if (root == JsonToken.START_ARRAY) {
            statusArray();
            shape = Shape.RECORDS;
        } else if (root == JsonToken.START_OBJECT) {
            shape = object(0);
        } else {
            description = "a JSON " + JsonValues.describe(root) + ", not an object or array";
            return Shape.UNKNOWN;
        }
        if (shape == Shape.STOPPED) {
            return shape;
        }
        if (parser.nextToken() != null) {
            records.unreadable(recordIndex + 1, tokenOffset(), "unexpected content after the end of the JSON document");
        }
        return shape;
    }

    /** Reads the document again as a single record (after {@link #walk()} said it is one). */
    void lone(Shape shape) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        if (shape == Shape.LONE_ACTIVITY) {
            activityRecord();
        } else {
            statusRecord();
        }
    }

    private Shape object(int nesting) throws IOException {
        boolean containers = false;
        String type = null;
        boolean statusLike = false;
        List<String> keys = new ArrayList<>(4);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken t = parser.nextToken();
            if (keys.size() < 5) {
                keys.add(name);
            }
            if (ACTIVITY_CONTAINERS.contains(name) && t == JsonToken.START_ARRAY) {
                if (!records.wantsActivities()) {
                    return Shape.STOPPED;
                }
                activityArray();
                containers = true;
            } else if (STATUS_CONTAINERS.contains(name) && t == JsonToken.START_ARRAY) {
                statusArray();
                containers = true;
            } else if (name.equals("first") && t == JsonToken.START_OBJECT && nesting < MAX_PAGE_NESTING) {
                Shape page = object(nesting + 1);
                if (page == Shape.STOPPED) {
                    return page;
                }
                containers |= page == Shape.RECORDS;
            } else if (name.equals("type") && t == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else {
                statusLike |= name.equals("uri") || name.equals("created_at");
                parser.skipChildren();
            }
        }
        if (containers) {
            return Shape.RECORDS;
        }
        if (nesting == 0 && type != null && LONE_ACTIVITY_TYPES.contains(type)) {
            return records.wantsActivities() ? Shape.LONE_ACTIVITY : Shape.STOPPED;
        }
        if (nesting == 0 && statusLike) {
            return Shape.LONE_STATUS;
        }
        description = type != null ? "an object of type '" + type + "'" : "an object with the keys " + keys
                + (keys.size() == 5 ? " ..." : "");
        return nesting == 0 ? Shape.UNKNOWN : Shape.RECORDS;
    }

    private void activityArray() throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                activityRecord();
            } else {
                notAnObject();
            }
        }
    }

    private void statusArray() throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                statusRecord();
            } else {
                notAnObject();
            }
        }
    }

    private void activityRecord() throws IOException {
        long offset = start();
        ActivityFields a = activities.read(parser);
        insideRecord = false;
        String raw = end();
        if (!tooLarge(offset)) {
            records.activity(a, raw, recordIndex, offset);
        }
    }

    private void statusRecord() throws IOException {
        long offset = start();
        StatusFields s = statuses.read(parser);
        insideRecord = false;
        String raw = end();
        if (!tooLarge(offset)) {
            records.status(s, raw, recordIndex, offset);
        }
    }

    private void notAnObject() throws IOException {
        recordIndex++;
        insideRecord = true;
        recordOffset = tokenOffset();
        records.unreadable(recordIndex, tokenOffset(),
                "record is " + JsonValues.describe(parser.currentToken()) + ", not a JSON object");
        parser.skipChildren();
        insideRecord = false;
    }

    private long start() {
        recordIndex++;
        insideRecord = true;
        long offset = tokenOffset();
        recordOffset = offset;
        if (recorder != null) {
            recorder.startRecord(offset);
        }
        return offset;
    }

    private String end() {
        return recorder == null ? null : recorder.endRecord(baseOffset + parser.currentLocation().getByteOffset());
    }

    private boolean tooLarge(long offset) {
        if (recorder != null && recorder.recordTooLarge()) {
            recorder.abandonRecord();
            records.unreadable(recordIndex, offset, "record larger than " + (MastodonImporter.MAX_RECORD_BYTES >> 20)
                    + " MB (a gigantic field?)");
            return true;
        }
        return false;
    }
}
