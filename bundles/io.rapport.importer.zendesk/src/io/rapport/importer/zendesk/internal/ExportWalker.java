package io.rapport.importer.zendesk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks one Zendesk API document: an object whose {@code tickets}, {@code comments}, {@code audits} and
 * {@code users} arrays (or a single {@code ticket} / {@code audit}) hold the records, with paging fields
 * ({@code next_page}, {@code end_time}, {@code meta}, ...) around them. Each record is read field by field and
 * handed over with its number (1-based, over all record arrays in file order), byte offset and, when a
 * recorder is given, its original bytes.
 */
final class ExportWalker {
    /** What a pass does with the records. */
    interface Visitor {
        void ticket(Records.Ticket t, String raw, long index, long offset);

        void comment(Records.Comment c, String raw, long index, long offset);

        void audit(Records.Audit a, String raw, long index, long offset);

        void user(Records.User u);

        void unreadable(long index, long offset, String reason);
    }

    private static final int KEYS_DESCRIBED = 8;

    private final JsonParser parser;
    private final RecordingInputStream recorder;
    private final long baseOffset;
    private final int maxRecordBytes;
    private final Visitor visitor;
    private final List<String> keys = new ArrayList<>();
    private String description = "empty";
    private long recordIndex;
    private long recordOffset;
    private boolean insideRecord;
    private boolean recordTooLarge;

    /** @param baseOffset bytes before the parser's input (a byte order mark): added to its offsets */
    ExportWalker(JsonParser parser, RecordingInputStream recorder, long baseOffset, int maxRecordBytes,
            Visitor visitor) {
        this.parser = parser;
        this.recorder = recorder;
        this.baseOffset = baseOffset;
        this.maxRecordBytes = maxRecordBytes;
        this.visitor = visitor;
    }

    /** @return whether the document held any ticket, comment or audit record array */
    boolean walk() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return false;
        }
        if (t != JsonToken.START_OBJECT) {
            description = JsonFields.describe(t);
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
            boolean array = value == JsonToken.START_ARRAY;
            boolean object = value == JsonToken.START_OBJECT;
            switch (key) {
                case "tickets", "comments", "audits" -> {
                    if (array) {
                        found = true;
                        array(key);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "users" -> {
                    if (array) {
                        array(key);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "ticket", "audit" -> {
                    if (object) {
                        found = true;
                        record(key + "s");
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        description = "an object with the keys " + keys;
        if (parser.nextToken() != null) {
            throw new TrailingContentException(offset());
        }
        return found;
    }

    private void array(String key) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            record(key);
        }
    }

    private void record(String key) throws IOException {
        recordIndex++;
        insideRecord = true;
        recordOffset = offset();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            String what = JsonFields.describe(parser.currentToken());
            parser.skipChildren();
            insideRecord = false;
            visitor.unreadable(recordIndex, recordOffset, "an element of '" + key + "' is " + what
                    + ", not a JSON object");
            return;
        }
        if (recorder != null) {
            recorder.startRecord(recordOffset);
        }
        switch (key) {
            case "tickets" -> {
                Records.Ticket t = Records.ticket(parser);
                String raw = end();
                if (!tooLarge()) {
                    visitor.ticket(t, raw, recordIndex, recordOffset);
                }
            }
            case "comments" -> {
                Records.Comment c = Records.comment(parser, "");
                String raw = end();
                if (!tooLarge()) {
                    visitor.comment(c, raw, recordIndex, recordOffset);
                }
            }
            case "audits" -> {
                Records.Audit a = Records.audit(parser);
                String raw = end();
                if (!tooLarge()) {
                    visitor.audit(a, raw, recordIndex, recordOffset);
                }
            }
            default -> {
                Records.User u = Records.user(parser);
                end();
                if (!tooLarge()) {
                    visitor.user(u);
                }
            }
        }
        insideRecord = false;
    }

    /** The record's original bytes; null without a recorder or when the record was too large to keep. */
    private String end() {
        if (recorder == null) {
            return null;
        }
        recordTooLarge = recorder.recordTooLarge();
        return recorder.endRecord(baseOffset + parser.currentLocation().getByteOffset());
    }

    /** Rejects the record just read if its bytes could not be kept whole. */
    private boolean tooLarge() {
        if (!recordTooLarge) {
            return false;
        }
        recordTooLarge = false;
        visitor.unreadable(recordIndex, recordOffset, "record larger than " + (maxRecordBytes >> 20)
                + " MB (a gigantic field?)");
        return true;
    }

    private long offset() {
        return baseOffset + parser.currentTokenLocation().getByteOffset();
    }

    /** What the document is, for the message when it holds no Zendesk records. */
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
            super("unexpected content after the end of the JSON document", null);
            this.offset = offset;
        }
    }
}
