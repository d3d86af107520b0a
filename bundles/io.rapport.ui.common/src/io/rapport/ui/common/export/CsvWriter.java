package io.rapport.ui.common.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes rows of RFC 4180 CSV (comma separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes, quotes doubled) to a {@link Writer}. Text cells are made safe against spreadsheet formula
 * injection: a text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so
 * that Excel, LibreOffice and Google Sheets show it as text instead of evaluating it (OWASP "CSV injection").
 * Numbers are written as numbers and are never prefixed, so a negative score stays a number; pass numbers as
 * {@link Number}s, not as strings. See {@link Csv} for whole files.
 */
public final class CsvWriter {
    private static final String LINE_END = "\r\n";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One record; {@code null} cells are empty. */
    public CsvWriter row(List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        out.write(line.append(LINE_END).toString());
        return this;
    }

    public CsvWriter row(Object... cells) throws IOException {
        return row(java.util.Arrays.asList(cells));
    }

    /** One cell as it appears in the file: a number, or neutralised and quoted text. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        return quote(neutralise(value.toString()));
    }

    /**
     * The text a spreadsheet shows as text: with a leading apostrophe if it would otherwise start a formula
     * ({@code = + - @}, tab, carriage return).
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String quote(String text) {
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Plain decimal notation (no exponent, no grouping, '.' as decimal point); NaN and infinities are empty. */
    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        // an unknown Number type (an AtomicLong, a partner's own): its text could be anything, treat it as text
        return quote(neutralise(n.toString()));
    }
}
