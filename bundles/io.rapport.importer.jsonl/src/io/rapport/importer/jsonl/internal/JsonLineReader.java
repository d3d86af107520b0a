package io.rapport.importer.jsonl.internal;

import io.rapport.importer.core.BadRecordException;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict JSON reader (RFC 8259, strict UTF-8) over one line's bytes, for a caller that walks the object it
 * expects: field names are matched against {@link Names} on their bytes, without decoding them, a field given twice
 * at any depth is an error, and a value's position is known, so that a caller can mark where each value lies.
 * Errors read {@code invalid JSON: what (column N)}, N counting the line's bytes from 1. One instance reads line
 * after line.
 */
final class JsonLineReader {
    /** Deeper nesting is refused, as JSON parsers do, so that a hostile line cannot exhaust the stack. */
    static final int MAX_DEPTH = 500;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** What a value is, by its first byte. */
    enum Type { STRING, NUMBER, OBJECT, ARRAY, BOOLEAN, NULL }

    /**
     * The field names an object is read with, and the fields seen in the object being read (for duplicates).
     * One instance per kind of object of a record; objects of the same kind never nest.
     */
    static final class Names {
        private final String[] names;
        private final byte[][] bytes;
        private int hint;
        private int seen;
        private List<String> others;

        Names(String... names) {
            this.names = names;
            this.bytes = new byte[names.length][];
            for (int k = 0; k < names.length; k++) {
                bytes[k] = names[k].getBytes(StandardCharsets.US_ASCII);
            }
        }

        String name(int index) {
            return names[index];
        }

        private void clear() {
            seen = 0;
            if (others != null) {
                others.clear();
            }
        }
    }

    private final StringBuilder escaped = new StringBuilder();
    private byte[] b;
    private int base;
    private int pos;
    private int end;
    private String otherName;
    private int nameStart;
    private boolean integer;
    private boolean verbatim;

    /** Starts reading the line {@code buf[off, off + len)}. */
    void reset(byte[] buf, int off, int len) {
        b = buf;
        base = off;
        pos = off;
        end = off + len;
    }

    /** The current position, counted from the line's first byte. */
    int offset() {
        return pos - base;
    }

    /** Past whitespace: whether the line holds an object here (at its '{', for {@link #openObject}). */
    boolean startsObject() {
        skipWhitespace();
        return pos < end && b[pos] == '{';
    }

    /** Goes back to {@code offset} (from {@link #offset()}), to read a value again for a message. */
    void seek(int offset) {
        pos = base + offset;
    }

    /** Past whitespace: whether the line ends here. */
    boolean atEnd() {
        skipWhitespace();
        return pos == end;
    }

    /**
     * At an object's '{': enters it, to be read with {@code names}; whether it has fields (then read each with
     * {@link #fieldName} and its value, and {@link #nextMember}).
     */
    boolean openObject(Names names) {
        pos++;
        names.clear();
        skipWhitespace();
        if (pos < end && b[pos] == '}') {
            pos++;
            return false;
        }
        return true;
    }

    /** After a field's value: true at a ',' (then past it), false at the object's '}' (then past it). */
    boolean nextMember() throws BadRecordException {
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

    /** At an array's '[': enters it; whether it has elements (then read each, and {@link #nextElement}). */
    boolean openArray() {
        pos++;
        skipWhitespace();
        if (pos < end && b[pos] == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** After an element: true at a ',' (then past it and the whitespace after), false at the ']' (then past it). */
    boolean nextElement() throws BadRecordException {
        skipWhitespace();
        byte c = next("',' or ']' after an array element");
        if (c == ']') {
            return false;
        }
        if (c != ',') {
            throw syntax("expected ',' or ']' after an array element, found " + show(c), pos - 1);
        }
        skipWhitespace();
        return true;
    }

    /**
     * Reads a field name, the ':' after it and the whitespace before the value; returns its index in {@code names},
     * or -1 with the name in {@link #otherName()}. A name repeated in the object is an error. Most records write
     * their fields in the same order: the name after the last one matched is tried first, on its bytes.
     */
    int fieldName(Names names) throws BadRecordException {
        skipWhitespace();
        if (pos >= end) {
            throw syntax("the line ends where a field name was expected", pos);
        }
        if (b[pos] != '"') {
            throw syntax("expected a field name in double quotes, found " + show(b[pos]), pos);
        }
        nameStart = pos;
        int s = pos + 1;
        int count = names.bytes.length;
        int index = -1;
        if (count > 0) {
            int expected = names.hint < count ? names.hint : 0;
            byte[] name = names.bytes[expected];
            int q = s + name.length;
            if (q < end && b[q] == '"' && sameBytes(name, s)) {
                index = expected;
                pos = q + 1;
            } else {
                index = matchPlain(s, names);
            }
        }
        if (index < 0) {
            otherName = readString();
            for (int k = 0; k < count; k++) {
                if (names.names[k].equals(otherName)) {
                    index = k; // written with escapes
                }
            }
        }
        if (index >= 0) {
            names.hint = index + 1;
            if ((names.seen & 1 << index) != 0) {
                throw duplicate(names.names[index]);
            }
            names.seen |= 1 << index;
        } else {
            if (names.others == null) {
                names.others = new ArrayList<>(2);
            }
            if (names.others.contains(otherName)) {
                throw duplicate(otherName);
            }
            names.others.add(otherName);
        }
        skipWhitespace();
        byte c = next("':' after a field name");
        if (c != ':') {
            throw syntax("expected ':' after a field name, found " + show(c), pos - 1);
        }
        skipWhitespace();
        return index;
    }

    /** The name of the last field {@link #fieldName} did not find among the names. */
    String otherName() {
        return otherName;
    }

    /** A name without escapes that is one of {@code names} (then past its closing quote), or -1. */
    private int matchPlain(int s, Names names) {
        int q = s;
        while (q < end && b[q] != '"' && b[q] != '\\' && b[q] >= 0x20) {
            q++;
        }
        if (q >= end || b[q] != '"') {
            return -1;
        }
        for (int k = 0; k < names.bytes.length; k++) {
            byte[] name = names.bytes[k];
            if (name.length == q - s && sameBytes(name, s)) {
                pos = q + 1;
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

    private BadRecordException duplicate(String name) {
        return syntax("duplicate field '" + name + "'", nameStart);
    }

    /** The type of the value at the current position (not consumed); a misspelt literal is an error. */
    Type type() throws BadRecordException {
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
    void skipLiteral() {
        pos += literalWord().length();
    }

    /** Past the value of type {@code t} at the current position, checking it as it goes. */
    void skipValue(Type t) throws BadRecordException {
        skipValue(t, 1);
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
                Names names = new Names();
                if (openObject(names)) {
                    do {
                        fieldName(names);
                        skipValue(type(), depth + 1);
                    } while (nextMember());
                }
            }
            case ARRAY -> {
                if (openArray()) {
                    do {
                        skipValue(type(), depth + 1);
                    } while (nextElement());
                }
            }
        }
    }

    /**
     * Reads an integer (a number without fraction or exponent) as written; {@code null} (and nothing read) for any
     * other number.
     */
    String integerText() throws BadRecordException {
        int s = pos;
        readNumber();
        if (integer) {
            verbatim = true;
            return new String(b, s, pos - s, StandardCharsets.ISO_8859_1);
        }
        pos = s;
        return null;
    }

    /** Reads an integer of at most 18 characters, sign included; {@code null} (and nothing read) otherwise. */
    Long integerValue() throws BadRecordException {
        int s = pos;
        readNumber();
        if (!integer || pos - s > 18) {
            pos = s;
            return null;
        }
        boolean negative = b[s] == '-';
        long v = 0;
        for (int k = negative ? s + 1 : s; k < pos; k++) {
            v = 10 * v + (b[k] - '0');
        }
        return negative ? -v : v;
    }

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

    /** The digits of a number's fraction or exponent; {@code numberStart} is where the number starts. */
    private void digits(int numberStart) throws BadRecordException {
        int s = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        if (pos == s) {
            throw syntax("a number's fraction or exponent without digits", numberStart);
        }
    }

    /**
     * Whether the last string read had no escapes, or the last integer was read as text: then its value is
     * exactly the bytes it was read from (between the quotes).
     */
    boolean verbatim() {
        return verbatim;
    }

    /** Reads the string at the current position (a '"'). */
    String readString() throws BadRecordException {
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
        sb.append(new String(b, s, pos - s, StandardCharsets.UTF_8)); // checked up to here
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
            throw syntax("invalid UTF-8 (byte 0x" + hex(lead) + ")", p);
        }
        if (p + n >= end) {
            throw syntax("invalid UTF-8 (a sequence cut at the end of the line)", p);
        }
        for (int k = 1; k <= n; k++) {
            int c = b[p + k] & 0xFF;
            if (c < (k == 1 ? min : 0x80) || c > (k == 1 ? max : 0xBF)) {
                throw syntax("invalid UTF-8 (byte 0x" + hex(c) + " after 0x" + hex(lead) + ")", p + k);
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

    private BadRecordException syntax(String what, int at) {
        return new BadRecordException("invalid JSON: " + what + " (column " + (at - base + 1) + ")");
    }

    /** The value of type {@code t} at the current position as written, for a message (at most 40 characters). */
    String valueText(Type t) throws BadRecordException {
        int s = pos;
        String text;
        if (t == Type.STRING) {
            text = readString();
        } else {
            skipValue(t);
            text = new String(b, s, pos - s, StandardCharsets.UTF_8);
        }
        pos = s;
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String show(byte c) {
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "byte 0x" + hex(c & 0xFF);
    }

    private static String hex(int v) {
        return Integer.toHexString(v).toUpperCase();
    }
}
