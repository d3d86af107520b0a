package io.rapport.importer.reviews.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV row by row from decoded text: fields in double quotes may hold commas, line breaks and
 * doubled quotes; rows end at LF, CRLF or CR. Each row comes with its exact text and the byte offset of its
 * start, computed from the characters read and the file's encoding (the decoder is strict, so every character
 * stands for a known number of bytes). Memory is bounded by {@code maxRowChars}: a longer row is reported as
 * too long and skipped without being held.
 * <p>
 * Lenient where real exports are: a quote inside an unquoted field is kept as a character. Strict where data
 * would be lost: text after a closing quote, or the file ending inside quotes, makes the row's
 * {@linkplain CsvRow#problem() problem}.
 */
final class CsvRowReader {
    private static final int BUFFER = 64 << 10;

    private final Reader in;
    private final TextEncoding encoding;
    private final int maxRowChars;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;

    /** Byte offset of the next character, and the 1-based line it is on. */
    private long byteOffset;
    private long line = 1;
    /** Where the row being read (or last read) starts. */
    private long rowLine = 1;
    private long rowOffset;

    CsvRowReader(Reader in, TextEncoding encoding, int maxRowChars) {
        this.in = in;
        this.encoding = encoding;
        this.maxRowChars = maxRowChars;
        this.byteOffset = encoding.bomLength();
        this.rowOffset = byteOffset;
    }

    /** Bytes consumed so far (for progress). */
    long position() {
        return byteOffset;
    }

    /** Line of the row being read or last read: where a decoding error that stops the file is reported. */
    long rowLine() {
        return rowLine;
    }

    /** Byte offset of the row being read or last read. */
    long rowOffset() {
        return rowOffset;
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** The next row, or null at the end of the file. */
    CsvRow next() throws IOException {
        if (!fill()) {
            return null;
        }
        rowLine = line;
        rowOffset = byteOffset;
        StringBuilder text = new StringBuilder();
        StringBuilder field = new StringBuilder();
        List<String> fields = new ArrayList<>();
        boolean tooLong = false;
        String problem = null;
        State state = State.FIELD_START;
        while (fill()) {
            char c = take();
            if (state != State.QUOTED && (c == '\n' || c == '\r')) {
                if (c == '\r' && fill() && buf[pos] == '\n') {
                    take();
                }
                line++;
                return finish(fields, field, text, problem, tooLong, false);
            }
            if (!tooLong) {
                if (text.length() >= maxRowChars) {
                    tooLong = true; // drop what was kept; keep scanning to the row's end
                    text.setLength(0);
                    field.setLength(0);
                    fields.clear();
                } else {
                    text.append(c);
                }
            }
            if (c == '\n') {
                line++; // a line break inside quotes
            }
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                    } else if (c == ',') {
                        endField(fields, field, tooLong);
                    } else {
                        append(field, c, tooLong);
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        endField(fields, field, tooLong);
                        state = State.FIELD_START;
                    } else {
                        append(field, c, tooLong);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        append(field, c, tooLong);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        append(field, '"', tooLong);
                        state = State.QUOTED;
                    } else if (c == ',') {
                        endField(fields, field, tooLong);
                        state = State.FIELD_START;
                    } else {
                        if (problem == null) {
                            problem = "text after the closing quote of field " + (fields.size() + 1)
                                    + " (a quote inside a quoted field must be doubled)";
                        }
                        append(field, c, tooLong);
                        state = State.UNQUOTED;
                    }
                }
            }
        }
        if (state == State.QUOTED && problem == null) {
            problem = "the file ends inside the quoted field " + (fields.size() + 1) + " (truncated?)";
        }
        return finish(fields, field, text, problem, tooLong, true);
    }

    private CsvRow finish(List<String> fields, StringBuilder field, StringBuilder text, String problem, boolean tooLong,
            boolean atEnd) {
        endField(fields, field, tooLong);
        return new CsvRow(tooLong ? List.of() : fields, tooLong ? "" : text.toString(), rowLine, rowOffset, problem,
                tooLong, atEnd);
    }

    private static void append(StringBuilder field, char c, boolean tooLong) {
        if (!tooLong) {
            field.append(c);
        }
    }

    private static void endField(List<String> fields, StringBuilder field, boolean tooLong) {
        if (!tooLong) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private char take() {
        char c = buf[pos++];
        byteOffset += encoding.bytesOf(c);
        return c;
    }

    /** Whether a character is available at {@code pos}, reading more if needed. */
    private boolean fill() throws IOException {
        while (pos >= limit) {
            if (eof) {
                return false;
            }
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
        }
        return true;
    }
}
