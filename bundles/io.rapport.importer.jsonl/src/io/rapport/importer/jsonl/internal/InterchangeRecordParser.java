package io.rapport.importer.jsonl.internal;

import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.importer.OriginalRecord.Field;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.IsoInstant;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one line of the Rapport interchange format (documented in the README) to an {@link Interaction}, and marks
 * the spans of the values it mapped in an {@link OriginalRecord}. Unknown fields are allowed (they stay in the
 * original record); a duplicated field, at any depth, is an error, since which value was meant cannot be known.
 * <p>
 * A JSON reader of its own (RFC 8259, strict UTF-8): one pass over the line's bytes that matches the known field
 * names without decoding them and yields each value's span, where a general JSON parser made an object per line,
 * decoded every name and took two location objects per value (measured: the import's parsing took half the time).
 */
final class InterchangeRecordParser {
    /** Deeper nesting is refused, as JSON parsers do, so that a hostile line cannot exhaust the stack. */
    static final int MAX_DEPTH = 500;

    private static final String[] TOP = {"channel", "id", "kind", "author", "created_at", "text", "in_reply_to",
        "thread_id", "space", "url", "language", "rating", "counts", "mentions"};
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
    private static final String[] AUTHOR_FIELDS = {"handle", "name", "department", "role"};
    private static final String[] COUNT_FIELDS = {"likes", "shares", "replies"};
    private static final byte[][] TOP_BYTES = ascii(TOP);
    private static final byte[][] AUTHOR_BYTES = ascii(AUTHOR_FIELDS);
    private static final byte[][] COUNT_BYTES = ascii(COUNT_FIELDS);
    private static final String[] NO_NAMES = {};
    private static final byte[][] NO_NAME_BYTES = {};

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** What a value is, by its first byte. */
    private enum Type { STRING, NUMBER, OBJECT, ARRAY, BOOLEAN, NULL }

    private final Interaction.Builder builder = Interaction.builder();
    private final StringBuilder escaped = new StringBuilder();
    private byte[] b;
    private int base;
    private int pos;
    private int end;
    /** Where {@link #match} starts looking in each list of names: after the name it matched there last. */
    private final int[] hints = new int[3];
    /** The channel id of the last record, known to be valid; the kind of the last record. */
    private String validChannel = "";
    private InteractionKind lastKind = InteractionKind.POST;
    /** Where the last field name read starts (its opening quote). */
    private int nameStart;
    /** The name of the last field read that is not one of the names looked for. */
    private String otherName;
    /** Whether the last number read was an integer (no fraction, no exponent). */
    private boolean integer;
    /**
     * Whether the last string value was read without escapes, or the last id was an integer: then its value is
     * exactly the bytes it was read from (between the quotes), which {@link #mark} tells the original record.
     */
    private boolean verbatim;

    Interaction parse(byte[] buf, int off, int len) throws BadRecordException {
        return parse(buf, off, len, new OriginalRecord());
    }

    /**
     * Maps the line {@code buf[off, off + len)} and marks, in {@code original} (reset to the line), the spans of the
     * values it mapped, so that a store can keep the line as a template over them.
     */
    Interaction parse(byte[] buf, int off, int len, OriginalRecord original) throws BadRecordException {
        b = buf;
        base = off;
        pos = off;
        end = off + len;
        original.reset(buf, off, len);
        Interaction.Builder r = builder;
        resetOptional(r);
        String channel = null;
        String id = null;
        String kind = null;
        String handle = null;
        String createdAt = null;
        Long createdEpoch = null;
        skipWhitespace();
        if (pos >= end || b[pos] != '{') {
            throw new BadRecordException("expected a JSON object");
        }
        pos++;
        int seen = 0;
        List<String> others = null;
        if (!emptyObject()) {
            do {
                int field = fieldName(TOP, TOP_BYTES, 0);
                if (field >= 0) {
                    if ((seen & 1 << field) != 0) {
                        throw duplicate(TOP[field]);
                    }
                    seen |= 1 << field;
                } else {
                    others = checkedOther(others);
                }
                int start = pos - base;
                Type t = type();
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
                            createdEpoch = integer("created_at", "must be a string or an integer number of seconds");
                            if (createdEpoch < Instant.MIN.getEpochSecond() || createdEpoch > Instant.MAX.getEpochSecond()) {
                                throw new BadRecordException("'created_at' is out of range: " + createdEpoch + " seconds");
                            }
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
                    default -> skipValue(t, 1);
                }
                if (slot != null && t != Type.NULL) {
                    mark(original, slot, start);
                }
            } while (nextMember());
        }
        skipWhitespace();
        if (pos != end) {
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
        r.kind(lastKind);
        r.channel(channel).sourceId(id).authorHandle(handle)
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

    // ---- the fields

    /**
     * Marks the value just read, from {@code start} to here, as {@code slot}: as exact where the field's value is
     * the string (or integer) read as it is and it was {@link #verbatim}; otherwise for the record to check.
     */
    private void mark(OriginalRecord original, Field slot, int start) {
        boolean asRead = switch (slot) {
            case KIND, AUTHOR_ROLE, CREATED_AT, CREATED_AT_EPOCH, RATING, LIKES, SHARES, REPLIES, MENTIONS -> false;
            default -> true;
        };
        if (asRead && verbatim) {
            original.markExact(slot, start, pos - base);
        } else {
            original.mark(slot, start, pos - base);
        }
    }

    private String string(Type t, String field) throws BadRecordException {
        if (t == Type.NULL) {
            skipLiteral();
            return null;
        }
        if (t != Type.STRING) {
            throw new BadRecordException("'" + field + "' must be a string, not " + describe(t));
        }
        return readString();
    }

    /** An id: a string or an integer (as written); {@code null} only where {@code nullable}. */
    private String id(Type t, String field, boolean nullable) throws BadRecordException {
        if (t == Type.NULL && nullable) {
            skipLiteral();
            return null;
        }
        if (t == Type.STRING) {
            return readString();
        }
        if (t == Type.NUMBER) {
            int s = pos;
            readNumber();
            if (integer) {
                verbatim = true;
                return new String(b, s, pos - s, StandardCharsets.ISO_8859_1);
            }
            pos = s;
        }
        throw new BadRecordException("'" + field + "' must be a string or an integer, not " + describe(t));
    }

    private String author(Type t, Interaction.Builder r, OriginalRecord original) throws BadRecordException {
        if (t != Type.OBJECT) {
            throw new BadRecordException("'author' must be an object with at least a 'handle'");
        }
        pos++;
        String handle = null;
        int seen = 0;
        List<String> others = null;
        if (emptyObject()) {
            return null;
        }
        do {
            int field = fieldName(AUTHOR_FIELDS, AUTHOR_BYTES, 1);
            if (field >= 0) {
                if ((seen & 1 << field) != 0) {
                    throw duplicate(AUTHOR_FIELDS[field]);
                }
                seen |= 1 << field;
            } else {
                others = checkedOther(others);
            }
            int start = pos - base;
            Type v = type();
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
                default -> skipValue(v, 2);
            }
            if (slot != null && v != Type.NULL) {
                mark(original, slot, start);
            }
        } while (nextMember());
        return handle;
    }

    private Integer rating(Type t) throws BadRecordException {
        if (t == Type.NULL) {
            skipLiteral();
            return null;
        }
        int s = pos;
        if (t == Type.NUMBER) {
            readNumber();
            if (integer && pos - s <= 3) {
                long v = parseLong(s, pos);
                if (v >= 0 && v <= 10) {
                    return (int) v;
                }
            }
        }
        pos = s;
        throw new BadRecordException("'rating' must be an integer from 0 to 10, not " + valueText(t));
    }

    private void counts(Type t, Interaction.Builder r, OriginalRecord original) throws BadRecordException {
        if (t == Type.NULL) {
            skipLiteral();
            return;
        }
        if (t != Type.OBJECT) {
            throw new BadRecordException("'counts' must be an object of integers");
        }
        pos++;
        if (emptyObject()) {
            return;
        }
        int seen = 0;
        List<String> others = null;
        do {
            int field = fieldName(COUNT_FIELDS, COUNT_BYTES, 2);
            String name;
            if (field >= 0) {
                if ((seen & 1 << field) != 0) {
                    throw duplicate(COUNT_FIELDS[field]);
                }
                seen |= 1 << field;
                name = COUNT_FIELDS[field];
            } else {
                others = checkedOther(others);
                name = otherName;
            }
            int start = pos - base;
            Type v = type();
            Long n;
            if (v == Type.NULL) {
                skipLiteral();
                n = null;
            } else {
                n = v == Type.NUMBER ? count() : null;
                if (n == null) {
                    throw new BadRecordException("'counts." + name + "' must be a non-negative integer, not "
                            + valueText(v));
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
                original.mark(slot, start, pos - base);
            }
        } while (nextMember());
    }

    /** A non-negative integer that fits a long, or null (position unchanged) for any other number. */
    private Long count() throws BadRecordException {
        int s = pos;
        readNumber();
        if (integer && b[s] != '-' && pos - s <= 18) {
            return parseLong(s, pos);
        }
        pos = s;
        return null;
    }

    private long integer(String field, String rule) throws BadRecordException {
        int s = pos;
        readNumber();
        if (!integer || pos - s > 18) {
            pos = s;
            throw new BadRecordException("'" + field + "' " + rule + ", not " + valueText(Type.NUMBER));
        }
        return parseLong(s, pos);
    }

    private List<String> mentions(Type t) throws BadRecordException {
        if (t == Type.NULL) {
            skipLiteral();
            return null;
        }
        if (t != Type.ARRAY) {
            throw new BadRecordException("'mentions' must be an array of handles");
        }
        pos++;
        List<String> out = new ArrayList<>(2);
        skipWhitespace();
        if (pos < end && b[pos] == ']') {
            pos++;
            return out;
        }
        while (true) {
            skipWhitespace();
            if (type() != Type.STRING) {
                throw new BadRecordException("'mentions' must contain only strings");
            }
            out.add(readString());
            skipWhitespace();
            byte c = next("',' or ']' after an array element");
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                throw syntax("expected ',' or ']' after an array element, found " + show(c), pos - 1);
            }
        }
    }

    // ---- JSON syntax

    /** After '{': true (and past the '}') when the object is empty. */
    private boolean emptyObject() throws BadRecordException {
        skipWhitespace();
        if (pos < end && b[pos] == '}') {
            pos++;
            return true;
        }
        return false;
    }

    /** After a member's value: true at a ',' (then past it), false at the object's '}' (then past it). */
    private boolean nextMember() throws BadRecordException {
        skipWhitespace();
        byte c = next("',' or '}' after a field");
        if (c == ',') {
            return true;
        }
        if (c == '}') {
            return false;
        }
        throw syntax("expected ',' or '}' after a field, found " + show(c), pos - 1);
    }

    /**
     * Reads a field name and the ':' after it; returns its index in {@code names}, or -1 with the name in
     * {@link #otherName}. A name without escapes is matched on its bytes.
     */
    private int fieldName(String[] names, byte[][] nameBytes, int list) throws BadRecordException {
        skipWhitespace();
        if (pos >= end || b[pos] != '"') {
            if (pos >= end) {
                throw syntax("the line ends where a field name was expected", pos);
            }
            throw syntax("expected a field name in double quotes, found " + show(b[pos]), pos);
        }
        nameStart = pos;
        int s = pos + 1;
        int expected = list < 0 || nameBytes.length == 0 ? -1 : hints[list] < nameBytes.length ? hints[list] : 0;
        if (expected >= 0) { // most records write their fields in the same order: try the name after the last one
            byte[] name = nameBytes[expected];
            int q = s + name.length;
            if (q < end && b[q] == '"' && sameBytes(name, s)) {
                hints[list] = expected + 1;
                pos = q + 1;
                return afterName(expected);
            }
        }
        int q = s;
        while (q < end && b[q] != '"' && b[q] != '\\' && b[q] >= 0x20) {
            q++;
        }
        int index = -1;
        if (q < end && b[q] == '"') {
            index = nameBytes.length == 0 ? -1 : match(s, q, nameBytes, list);
            if (index >= 0) {
                pos = q + 1;
            }
        }
        if (index < 0) {
            otherName = readString();
            for (int k = 0; k < names.length; k++) {
                if (names[k].equals(otherName)) {
                    index = k; // written with escapes
                }
            }
        }
        return afterName(index);
    }

    /** Past the ':' after a field name and the whitespace after it; returns {@code index}. */
    private int afterName(int index) throws BadRecordException {
        if (pos < end && b[pos] == ':') {
            pos++;
        } else {
            skipWhitespace();
            byte c = next("':' after a field name");
            if (c != ':') {
                throw syntax("expected ':' after a field name, found " + show(c), pos - 1);
            }
        }
        skipWhitespace();
        return index;
    }

    /**
     * The index of the name {@code b[s, e)} in {@code nameBytes}, or -1; tried from the one after the name matched
     * last, since the records of a file mostly write their fields in the same order.
     */
    private int match(int s, int e, byte[][] nameBytes, int list) {
        int n = e - s;
        int count = nameBytes.length;
        int start = hints[list];
        for (int i = 0, k = start < count ? start : 0; i < count; i++, k = k + 1 == count ? 0 : k + 1) {
            byte[] name = nameBytes[k];
            if (name.length == n && sameBytes(name, s)) {
                hints[list] = k + 1;
                return k;
            }
        }
        return -1;
    }

    private boolean sameBytes(byte[] name, int s) {
        for (int j = 0; j < name.length; j++) {
            if (b[s + j] != name[j]) {
                return false;
            }
        }
        return true;
    }

    /** Records {@link #otherName} among the other names of an object; a repeat is a duplicate. */
    private List<String> checkedOther(List<String> others) throws BadRecordException {
        List<String> seen = others == null ? new ArrayList<>(2) : others;
        if (seen.contains(otherName)) {
            throw duplicate(otherName);
        }
        seen.add(otherName);
        return seen;
    }

    private BadRecordException duplicate(String name) {
        return syntax("duplicate field '" + name + "'", nameStart);
    }

    /** The type of the value at the current position (not consumed). */
    private Type type() throws BadRecordException {
        if (pos >= end) {
            throw syntax("the line ends where a value was expected", pos);
        }
        return switch (b[pos]) {
            case '"' -> Type.STRING;
            case '{' -> Type.OBJECT;
            case '[' -> Type.ARRAY;
            case 't', 'f' -> literal(Type.BOOLEAN);
            case 'n' -> literal(Type.NULL);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> Type.NUMBER;
            default -> throw syntax("unexpected character " + show(b[pos]) + " where a value was expected", pos);
        };
    }

    private void skipValue(Type t, int depth) throws BadRecordException {
        if (depth > MAX_DEPTH) {
            throw syntax("nested deeper than " + MAX_DEPTH + " levels", pos);
        }
        switch (t) {
            case STRING -> readString();
            case NUMBER -> readNumber();
            case BOOLEAN, NULL -> skipLiteral();
            case OBJECT -> {
                pos++;
                if (!emptyObject()) {
                    List<String> names = new ArrayList<>();
                    do {
                        fieldName(NO_NAMES, NO_NAME_BYTES, -1);
                        names = checkedOther(names);
                        skipValue(type(), depth + 1);
                    } while (nextMember());
                }
            }
            case ARRAY -> {
                pos++;
                skipWhitespace();
                if (pos < end && b[pos] == ']') {
                    pos++;
                    return;
                }
                while (true) {
                    skipWhitespace();
                    skipValue(type(), depth + 1);
                    skipWhitespace();
                    byte c = next("',' or ']' after an array element");
                    if (c == ']') {
                        return;
                    }
                    if (c != ',') {
                        throw syntax("expected ',' or ']' after an array element, found " + show(c), pos - 1);
                    }
                }
            }
        }
    }

    /** {@code t} if the literal at the current position is spelled out (true, false or null). */
    private Type literal(Type t) throws BadRecordException {
        String word = literalWord();
        for (int k = 0; k < word.length(); k++) {
            if (pos + k >= end || b[pos + k] != word.charAt(k)) {
                throw syntax("unrecognised token where a value was expected (true, false or null?)", pos);
            }
        }
        return t;
    }

    private String literalWord() {
        return switch (b[pos]) {
            case 't' -> "true";
            case 'f' -> "false";
            default -> "null";
        };
    }

    /** Past the literal at the current position, which {@link #type()} has checked. */
    private void skipLiteral() {
        pos += literalWord().length();
    }

    /** Reads a number (RFC 8259 grammar); sets {@link #integer}. */
    private void readNumber() throws BadRecordException {
        int s = pos;
        if (b[pos] == '-') {
            pos++;
        }
        if (pos < end && b[pos] == '0') {
            pos++;
        } else if (pos < end && b[pos] >= '1' && b[pos] <= '9') {
            while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
                pos++;
            }
        } else {
            throw syntax("a number without digits", s);
        }
        integer = true;
        if (pos < end && b[pos] == '.') {
            integer = false;
            pos++;
            digits(s);
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            integer = false;
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            digits(s);
        }
        if (pos < end && (b[pos] >= '0' && b[pos] <= '9' || b[pos] >= 'A' && b[pos] <= 'Z'
                || b[pos] >= 'a' && b[pos] <= 'z')) {
            throw syntax("invalid number (leading zero, or a letter after the digits)", s);
        }
    }

    private void digits(int numberStart) throws BadRecordException {
        int s = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        if (pos == s) {
            throw syntax("a number's fraction or exponent without digits", numberStart);
        }
    }

    private long parseLong(int s, int e) {
        boolean negative = b[s] == '-';
        long v = 0;
        for (int k = negative ? s + 1 : s; k < e; k++) {
            v = 10 * v + (b[k] - '0');
        }
        return negative ? -v : v;
    }

    /** Reads a string at the current position (a '"'), strict UTF-8. */
    private String readString() throws BadRecordException {
        int s = ++pos;
        boolean ascii = true;
        // eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII
        while (pos + 8 <= end) {
            long x = (long) LONGS.get(b, pos);
            long quote = x ^ 0x2222222222222222L;
            long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
            long special = (quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (x - 0x2020202020202020L) & ~x
                    | x;
            if ((special & HIGHS) != 0) {
                break;
            }
            pos += 8;
        }
        while (pos < end) {
            int c = b[pos];
            if (c == '"') {
                String v = ascii ? new String(b, s, pos - s, StandardCharsets.ISO_8859_1)
                        : new String(b, s, pos - s, StandardCharsets.UTF_8); // valid UTF-8: the same bytes again
                pos++;
                verbatim = true;
                return v;
            }
            if (c == '\\') {
                return readEscapedString(s);
            }
            if (c < 0) {
                ascii = false;
                pos = utf8Sequence(pos);
            } else if (c < 0x20) {
                throw syntax("control character (code " + c + ") in a string", pos);
            } else {
                pos++;
            }
        }
        throw syntax("the line ends within a string", s - 1);
    }

    /** The rest of a string from its first escape; {@code s} is just after its opening quote. */
    private String readEscapedString(int s) throws BadRecordException {
        verbatim = false;
        StringBuilder sb = escaped;
        sb.setLength(0);
        sb.append(new String(b, s, pos - s, StandardCharsets.UTF_8)); // validated up to here
        while (pos < end) {
            int c = b[pos];
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                if (pos + 1 >= end) {
                    break;
                }
                byte e = b[pos + 1];
                pos += 2;
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> sb.append(hex4());
                    default -> throw syntax("invalid escape \\" + show(e), pos - 2);
                }
            } else if (c < 0) {
                int from = pos;
                pos = utf8Sequence(pos);
                sb.append(new String(b, from, pos - from, StandardCharsets.UTF_8));
            } else if (c < 0x20) {
                throw syntax("control character (code " + c + ") in a string", pos);
            } else {
                sb.append((char) c);
                pos++;
            }
        }
        throw syntax("the line ends within a string", s - 1);
    }

    private char hex4() throws BadRecordException {
        if (pos + 4 > end) {
            throw syntax("\\u escape with fewer than four hex digits", pos - 2);
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[pos + k], 16);
            if (d < 0) {
                throw syntax("\\u escape with fewer than four hex digits", pos - 2);
            }
            v = v << 4 | d;
        }
        pos += 4;
        return (char) v;
    }

    /** Checks the UTF-8 sequence starting at {@code p} (RFC 3629: no overlong forms, no surrogates); returns its end. */
    private int utf8Sequence(int p) throws BadRecordException {
        int lead = b[p] & 0xFF;
        int n;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 2;
            if (lead == 0xE0) {
                min = 0xA0;
            } else if (lead == 0xED) {
                max = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 3;
            if (lead == 0xF0) {
                min = 0x90;
            } else if (lead == 0xF4) {
                max = 0x8F;
            }
        } else {
            throw syntax("invalid UTF-8 (byte 0x" + Integer.toHexString(lead).toUpperCase() + ")", p);
        }
        if (p + n >= end) {
            throw syntax("invalid UTF-8 (a sequence cut at the end of the line)", p);
        }
        for (int k = 1; k <= n; k++) {
            int c = b[p + k] & 0xFF;
            if (c < (k == 1 ? min : 0x80) || c > (k == 1 ? max : 0xBF)) {
                throw syntax("invalid UTF-8 (byte 0x" + Integer.toHexString(c).toUpperCase() + " after 0x"
                        + Integer.toHexString(lead).toUpperCase() + ")", p + k);
            }
        }
        return p + n + 1;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }

    private byte next(String expected) throws BadRecordException {
        if (pos >= end) {
            throw syntax("the line ends where " + expected + " was expected", pos);
        }
        return b[pos++];
    }

    /** "invalid JSON: what (column N)", N counting bytes of the line from 1. */
    private BadRecordException syntax(String what, int at) {
        return new BadRecordException("invalid JSON: " + what + " (column " + (at - base + 1) + ")");
    }

    /** The value at the current position as written, for a message (at most 40 characters). */
    private String valueText(Type t) throws BadRecordException {
        int s = pos;
        String text;
        if (t == Type.STRING) {
            text = readString();
        } else {
            skipValue(t, 1);
            text = new String(b, s, pos - s, StandardCharsets.UTF_8);
        }
        pos = s;
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
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

    private static String show(byte c) {
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c & 0xFF).toUpperCase();
    }

    private static byte[][] ascii(String[] names) {
        byte[][] out = new byte[names.length][];
        for (int k = 0; k < names.length; k++) {
            out[k] = names[k].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
