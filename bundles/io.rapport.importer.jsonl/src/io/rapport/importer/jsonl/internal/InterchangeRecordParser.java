package io.rapport.importer.jsonl.internal;

import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.importer.OriginalRecord.Field;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.IsoInstant;
import io.rapport.importer.jsonl.internal.JsonLineReader.Names;
import io.rapport.importer.jsonl.internal.JsonLineReader.Type;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one line of the Rapport interchange format (documented in the README) to an {@link Interaction}, and marks
 * the spans of the values it mapped in an {@link OriginalRecord}. Unknown fields are allowed (they stay in the
 * original record); a duplicated field, at any depth, is an error, since which value was meant cannot be known.
 * <p>
 * It walks the line with a {@link JsonLineReader} of its own rather than a general JSON parser, which made an object
 * per line, decoded every field name and took two location objects per value for the spans (measured: half the
 * time the import spent parsing).
 */
final class InterchangeRecordParser {
    private static final int CHANNEL = 0;
    private static final int ID = 1;
    private static final int KIND = 2;
    private static final int AUTHOR = 3;
    private static final int CREATED_AT = 4;
    private static final int TEXT = 5;
    private static final int IN_REPLY_TO = 6;
    private static final int THREAD_ID = 7;
    private static final int SPACE = 8;
    private static final int URL = 9;
    private static final int LANGUAGE = 10;
    private static final int RATING = 11;
    private static final int COUNTS = 12;
    private static final int MENTIONS = 13;

    private final Names top = new Names("channel", "id", "kind", "author", "created_at", "text", "in_reply_to",
            "thread_id", "space", "url", "language", "rating", "counts", "mentions");
    private final Names authorFields = new Names("handle", "name", "department", "role");
    private final Names countFields = new Names("likes", "shares", "replies");
    private final JsonLineReader in = new JsonLineReader();
    private final Interaction.Builder builder = Interaction.builder();
    /** The channel id of the last record, known to be valid; the kind of the last record. */
    private String validChannel = "";
    private InteractionKind lastKind = InteractionKind.POST;

    Interaction parse(byte[] buf, int off, int len) throws BadRecordException {
        return parse(buf, off, len, new OriginalRecord());
    }

    /**
     * Maps the line {@code buf[off, off + len)} and marks, in {@code original} (reset to the line), the spans of the
     * values it mapped, so that a store can keep the line as a template over them.
     */
    Interaction parse(byte[] buf, int off, int len, OriginalRecord original) throws BadRecordException {
        in.reset(buf, off, len);
        original.reset(buf, off, len);
        Interaction.Builder r = builder;
        resetOptional(r);
        String channel = null;
        String id = null;
        String kind = null;
        String handle = null;
        String createdAt = null;
        Long createdEpoch = null;
        if (!in.startsObject()) {
            throw new BadRecordException("expected a JSON object");
        }
        if (in.openObject(top)) {
            do {
                int field = in.fieldName(top);
                int start = in.offset();
                Type t = in.type();
                Field slot = null;
                switch (field) {
                    case CHANNEL -> {
                        channel = string(t, "channel");
                        slot = Field.CHANNEL;
                    }
                    case ID -> {
                        id = id(t, "id", false);
                        slot = t == Type.NUMBER ? Field.SOURCE_ID_NUMBER : Field.SOURCE_ID;
                    }
                    case KIND -> {
                        kind = string(t, "kind");
                        slot = Field.KIND;
                    }
                    case AUTHOR -> handle = author(t, r, original);
                    case CREATED_AT -> {
                        if (t == Type.NUMBER) {
                            createdEpoch = epochSeconds();
                            slot = Field.CREATED_AT_EPOCH;
                        } else {
                            createdAt = string(t, "created_at");
                            slot = Field.CREATED_AT;
                        }
                    }
                    case TEXT -> {
                        r.text(string(t, "text"));
                        slot = Field.TEXT;
                    }
                    case IN_REPLY_TO -> {
                        r.inReplyTo(id(t, "in_reply_to", true));
                        slot = t == Type.NUMBER ? Field.IN_REPLY_TO_NUMBER : Field.IN_REPLY_TO;
                    }
                    case THREAD_ID -> {
                        r.threadId(id(t, "thread_id", true));
                        slot = t == Type.NUMBER ? Field.THREAD_ID_NUMBER : Field.THREAD_ID;
                    }
                    case SPACE -> {
                        r.space(string(t, "space"));
                        slot = Field.SPACE;
                    }
                    case URL -> {
                        r.url(string(t, "url"));
                        slot = Field.URL;
                    }
                    case LANGUAGE -> {
                        r.language(string(t, "language"));
                        slot = Field.LANGUAGE;
                    }
                    case RATING -> {
                        r.rating(rating(t));
                        slot = Field.RATING;
                    }
                    case COUNTS -> counts(t, r, original);
                    case MENTIONS -> {
                        r.mentions(mentions(t));
                        slot = Field.MENTIONS;
                    }
                    default -> in.skipValue(t);
                }
                if (slot != null && t != Type.NULL) {
                    mark(original, slot, start);
                }
            } while (in.nextMember());
        }
        if (!in.atEnd()) {
            throw new BadRecordException("unexpected content after the JSON object");
        }
        require(channel, "channel");
        require(id, "id");
        require(kind, "kind");
        require(handle, "author.handle");
        if (createdAt == null && createdEpoch == null) {
            throw new BadRecordException("missing required field 'created_at'");
        }
        if (!channel.equals(validChannel) && !Channels.isValidId(channel)) {
            throw new BadRecordException("'" + channel + "' is not a channel id (lower-case letters, digits, '-')");
        }
        validChannel = channel;
        if (!kind.equals(lastKind.id())) {
            try {
                lastKind = InteractionKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw new BadRecordException(e.getMessage());
            }
        }
        r.kind(lastKind).channel(channel).sourceId(id).authorHandle(handle)
                .createdAt(createdEpoch != null ? Instant.ofEpochSecond(createdEpoch) : instant(createdAt));
        return r.build();
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

    /**
     * Marks the value just read, from {@code start} to here, as {@code slot}: as exact where the field's value is
     * the string (or integer) read as it is and the reader read it {@link JsonLineReader#verbatim}; otherwise for
     * the original record to check.
     */
    private void mark(OriginalRecord original, Field slot, int start) {
        boolean asRead = switch (slot) {
            case KIND, AUTHOR_ROLE, CREATED_AT, CREATED_AT_EPOCH, RATING, LIKES, SHARES, REPLIES, MENTIONS -> false;
            default -> true;
        };
        if (asRead && in.verbatim()) {
            original.markExact(slot, start, in.offset());
        } else {
            original.mark(slot, start, in.offset());
        }
    }

    private String string(Type t, String field) throws BadRecordException {
        if (t == Type.NULL) {
            in.skipLiteral();
            return null;
        }
        if (t != Type.STRING) {
            throw new BadRecordException("'" + field + "' must be a string, not " + describe(t));
        }
        return in.readString();
    }

    /** An id: a string or an integer (as written); {@code null} only where {@code nullable}. */
    private String id(Type t, String field, boolean nullable) throws BadRecordException {
        if (t == Type.NULL && nullable) {
            in.skipLiteral();
            return null;
        }
        if (t == Type.STRING) {
            return in.readString();
        }
        String integer = t == Type.NUMBER ? in.integerText() : null;
        if (integer != null) {
            return integer;
        }
        throw new BadRecordException("'" + field + "' must be a string or an integer, not " + describe(t));
    }

    private long epochSeconds() throws BadRecordException {
        Long seconds = in.integerValue();
        if (seconds == null) {
            throw new BadRecordException("'created_at' must be a string or an integer number of seconds, not "
                    + in.valueText(Type.NUMBER));
        }
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new BadRecordException("'created_at' is out of range: " + seconds + " seconds");
        }
        return seconds;
    }

    private String author(Type t, Interaction.Builder r, OriginalRecord original) throws BadRecordException {
        if (t != Type.OBJECT) {
            throw new BadRecordException("'author' must be an object with at least a 'handle'");
        }
        String handle = null;
        if (!in.openObject(authorFields)) {
            return null;
        }
        do {
            int field = in.fieldName(authorFields);
            int start = in.offset();
            Type v = in.type();
            Field slot = null;
            switch (field) {
                case 0 -> {
                    handle = string(v, "author.handle");
                    slot = Field.AUTHOR_HANDLE;
                }
                case 1 -> {
                    r.authorName(string(v, "author.name"));
                    slot = Field.AUTHOR_NAME;
                }
                case 2 -> {
                    r.authorDepartment(string(v, "author.department"));
                    slot = Field.AUTHOR_DEPARTMENT;
                }
                case 3 -> {
                    String role = string(v, "author.role");
                    try {
                        r.authorRole(role == null ? null : ActorRole.fromId(role));
                    } catch (IllegalArgumentException e) {
                        throw new BadRecordException("author." + e.getMessage());
                    }
                    slot = Field.AUTHOR_ROLE;
                }
                default -> in.skipValue(v);
            }
            if (slot != null && v != Type.NULL) {
                mark(original, slot, start);
            }
        } while (in.nextMember());
        return handle;
    }

    private Integer rating(Type t) throws BadRecordException {
        if (t == Type.NULL) {
            in.skipLiteral();
            return null;
        }
        int at = in.offset();
        Long v = t == Type.NUMBER ? in.integerValue() : null;
        if (v != null && v >= 0 && v <= 10) {
            return v.intValue();
        }
        in.seek(at);
        throw new BadRecordException("'rating' must be an integer from 0 to 10, not " + in.valueText(t));
    }

    private void counts(Type t, Interaction.Builder r, OriginalRecord original) throws BadRecordException {
        if (t == Type.NULL) {
            in.skipLiteral();
            return;
        }
        if (t != Type.OBJECT) {
            throw new BadRecordException("'counts' must be an object of integers");
        }
        if (!in.openObject(countFields)) {
            return;
        }
        do {
            int field = in.fieldName(countFields);
            String name = field >= 0 ? countFields.name(field) : in.otherName();
            int start = in.offset();
            Type v = in.type();
            Long n = null;
            if (v == Type.NULL) {
                in.skipLiteral();
            } else {
                n = v == Type.NUMBER ? in.integerValue() : null;
                if (n == null || n < 0) {
                    in.seek(start);
                    throw new BadRecordException("'counts." + name + "' must be a non-negative integer, not "
                            + in.valueText(v));
                }
            }
            Field slot = switch (field) {
                case 0 -> {
                    r.likes(n);
                    yield Field.LIKES;
                }
                case 1 -> {
                    r.shares(n);
                    yield Field.SHARES;
                }
                case 2 -> {
                    r.replies(n);
                    yield Field.REPLIES;
                }
                default -> null; // other counts stay in the original record
            };
            if (slot != null && n != null) {
                original.mark(slot, start, in.offset());
            }
        } while (in.nextMember());
    }

    private List<String> mentions(Type t) throws BadRecordException {
        if (t == Type.NULL) {
            in.skipLiteral();
            return null;
        }
        if (t != Type.ARRAY) {
            throw new BadRecordException("'mentions' must be an array of handles");
        }
        List<String> out = new ArrayList<>(2);
        if (in.openArray()) {
            do {
                if (in.type() != Type.STRING) {
                    throw new BadRecordException("'mentions' must contain only strings");
                }
                out.add(in.readString());
            } while (in.nextElement());
        }
        return out;
    }

    private static String describe(Type t) {
        return switch (t) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
        };
    }
}
