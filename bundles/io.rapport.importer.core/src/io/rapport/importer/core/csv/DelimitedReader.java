package io.rapport.importer.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV or TSV text (RFC 4180): fields separated by the delimiter, optionally quoted with
 * {@code "}, a doubled quote inside a quoted field standing for one, line breaks inside quoted fields kept,
 * records ending with LF, CRLF or CR. A quote inside an unquoted field is taken literally, as spreadsheet
 * programs do. Each record keeps its text as read and its byte offset in the file (counted in the file's
 * {@link TextEncoding}), for the original record an importer keeps and for the report of a rejected row.
 * Memory is bounded: a record longer than {@link #MAX_RECORD_CHARS} is cut and marked {@code tooLong}, whatever
 * its length, so a gigantic field or a quote that is never closed cannot exhaust the heap.
 */
public final class DelimitedReader {
    /** A record longer than this is not kept whole (its text and fields are cut and it is marked too long). */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final boolean utf8;
    private final int width;
    private char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private long number;
    /** Byte offset in the file of {@code buffer[position]}. */
    private long offset;
    /** The character counted last, for the UTF-8 width of a low surrogate. */
    private char previous;
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder field = new StringBuilder();

    /**
     * A reader whose offsets count UTF-8 bytes from 0.
     *
     * @param delimiter the field delimiter, or 0 to guess it from the first line (see {@link #guessDelimiter})
     */
    public DelimitedReader(Reader in, char delimiter) {
        this(in, delimiter, TextEncoding.UTF_8);
    }

    /**
     * @param in        the text after the byte order mark, as {@link TextEncoding#open} gives it
     * @param delimiter the field delimiter, or 0 to guess it from the first line (see {@link #guessDelimiter})
     * @param encoding  the file's encoding, for byte offsets (the first record is at its byte order mark's length)
     */
    public DelimitedReader(Reader in, char delimiter, TextEncoding encoding) {
        this.in = in;
        this.delimiter = delimiter;
        this.utf8 = encoding.countsUtf8();
        this.width = encoding.fixedWidth();
        this.offset = encoding.bomLength();
    }

    /** The delimiter in use (guessed from the first line if it was not given). */
    public char delimiter() throws IOException {
        if (delimiter == 0) {
            if (position == length) {
                fill();
            }
            int end = position;
            while (end < length && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            delimiter = guessDelimiter(new String(buffer, position, end - position));
        }
        return delimiter;
    }

    /**
     * Guesses the delimiter of a header line: the most frequent of comma, tab and semicolon outside quotes
     * (a comma when there is none).
     */
    public static char guessDelimiter(String header) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or {@code null} at the end of the text. */
    public DelimitedRecord next() throws IOException {
        char delim = delimiter();
        if (position == length && !fill()) {
            return null;
        }
        number++;
        long start = offset;
        List<String> fields = new ArrayList<>();
        raw.setLength(0);
        field.setLength(0);
        boolean tooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            int end = position < length ? runEnd(quoted, delim, fieldStart) : position;
            if (end > position) {
                // ordinary characters are copied in one go: most of a file is, and per-character appends cost
                int n = end - position;
                int kept = Math.max(0, Math.min(n, MAX_RECORD_CHARS - raw.length()));
                raw.append(buffer, position, kept);
                field.append(buffer, position, kept);
                tooLong |= kept < n;
                position = end;
                fieldStart &= quoted;
            }
            int c = read();
            if (c < 0) {
                fields.add(field.toString());
                return record(start, fields, quoted, tooLong);
            }
            char ch = (char) c;
            if (raw.length() < MAX_RECORD_CHARS) {
                raw.append(ch);
            } else {
                tooLong = true;
            }
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        read();
                        keep('"');
                        keep('"', field, raw);
                    } else {
                        quoted = false;
                    }
                } else {
                    keep(ch, field, raw);
                }
            } else if (ch == delim) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (raw.length() <= MAX_RECORD_CHARS && !tooLong) {
                    raw.setLength(raw.length() - 1);
                }
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return record(start, fields, false, tooLong);
            } else if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                keep(ch, field, raw);
                fieldStart = false;
            }
        }
    }

    /**
     * Where the run of ordinary characters at the read position ends in the buffer (the position itself when
     * there is none), adding their bytes to the offset: inside quotes everything but a quote; outside, all but
     * the delimiter and line ends, and a quote opening the field.
     */
    private int runEnd(boolean quoted, char delim, boolean fieldStart) {
        int i = position;
        long bytes = 0;
        if (quoted) {
            for (char ch; i < length && (ch = buffer[i]) != '"'; i++) {
                bytes += utf8 ? utf8Bytes(ch) : width;
            }
        } else if (!fieldStart || buffer[i] != '"') {
            for (char ch; i < length && (ch = buffer[i]) != delim && ch != '\n' && ch != '\r'; i++) {
                bytes += utf8 ? utf8Bytes(ch) : width;
            }
        }
        offset += bytes;
        return i;
    }

    /** The second quote of a doubled one, kept in the record's text. */
    private void keep(char c) {
        if (raw.length() < MAX_RECORD_CHARS) {
            raw.append(c);
        }
    }

    /** The record read, its undecodable marks (if any) shown as U+FFFD in its text and fields. */
    private DelimitedRecord record(long start, List<String> fields, boolean unclosed, boolean tooLong) {
        String text = raw.toString();
        if (!TextEncoding.holdsUndecodable(text)) {
            return new DelimitedRecord(number, start, fields, text, unclosed, tooLong, false);
        }
        return new DelimitedRecord(number, start, fields.stream().map(TextEncoding::visible).toList(),
                TextEncoding.visible(text), unclosed, tooLong, true);
    }

    /** Fields are bounded by what is kept of the record, so many large fields cannot add up either. */
    private static void keep(char c, StringBuilder field, StringBuilder raw) {
        if (raw.length() < MAX_RECORD_CHARS) {
            field.append(c);
        }
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        offset += utf8 ? utf8Bytes(c) : width;
        return c;
    }

    /**
     * The UTF-8 bytes {@code c} took in the file. An {@link TextEncoding#UNDECODABLE} mark (a low surrogate without
     * its high one) stands for an invalid byte (the lenient decoder marks a lone bad byte, as in a Latin-1 file read
     * as UTF-8, with one), so it counts one byte: offsets after it stay right in that common case. A genuine U+FFFD
     * took three bytes.
     */
    private int utf8Bytes(char c) {
        char before = previous;
        previous = c;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isHighSurrogate(c)) {
            return 2;
        }
        if (Character.isLowSurrogate(c)) {
            return Character.isHighSurrogate(before) ? 2 : 1;
        }
        return 3;
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        length = Math.max(0, n);
        return n > 0;
    }
}
