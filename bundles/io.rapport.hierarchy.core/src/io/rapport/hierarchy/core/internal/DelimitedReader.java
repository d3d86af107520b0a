package io.rapport.hierarchy.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV or TSV file (RFC 4180): fields separated by the delimiter, optionally quoted
 * with {@code "}, a doubled quote inside a quoted field standing for one, line breaks inside quoted fields kept,
 * records ending with LF, CRLF or CR. A quote inside an unquoted field is taken literally. Each record keeps its
 * text as read, for the report of a rejected row. Records are {@link Row}s: 1-based, the header is row 1, as a
 * spreadsheet numbers them; the text is cut after {@link #MAX_RECORD_CHARS} characters and marked {@code tooLong}.
 */
final class DelimitedReader {
    /** A record longer than this is not kept whole (its fields are cut and it is marked {@code tooLong}). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private long row;

    /** @param delimiter the field delimiter, or 0 to guess it from the first line (see {@link #guessDelimiter}) */
    DelimitedReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The delimiter in use (guessed on the first {@link #next()} if it was not given). */
    char delimiter() throws IOException {
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

    /** Guesses the delimiter of a header line: the most frequent of comma, tab and semicolon outside quotes. */
    static char guessDelimiter(String header) {
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

    /** The next record, or {@code null} at the end of the file. */
    Row next() throws IOException {
        delimiter();
        int c = read();
        if (c < 0) {
            return null;
        }
        row++;
        List<String> fields = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder field = new StringBuilder();
        boolean tooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return new Row(row, fields, raw.toString(), quoted, tooLong);
            }
            char ch = (char) c;
            boolean kept = raw.length() < MAX_RECORD_CHARS;
            if (kept) {
                raw.append(ch);
            } else {
                tooLong = true;
            }
            if (quoted) {
                if (ch == '"') {
                    int next = peek();
                    if (next == '"') {
                        read();
                        appendCapped(raw, '"');
                        appendCapped(field, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    appendCapped(field, ch);
                }
            } else if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                if (kept) {
                    raw.setLength(raw.length() - 1);
                }
                fields.add(field.toString());
                return new Row(row, fields, raw.toString(), false, tooLong);
            } else {
                appendCapped(field, ch);
                fieldStart = false;
            }
            c = read();
        }
    }

    private static void appendCapped(StringBuilder b, char c) {
        if (b.length() < MAX_RECORD_CHARS) {
            b.append(c);
        }
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        length = in.read(buffer, 0, buffer.length);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }
}
