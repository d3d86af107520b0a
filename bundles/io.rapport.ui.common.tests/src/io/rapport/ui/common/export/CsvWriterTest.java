package io.rapport.ui.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Cells as RFC 4180 and spreadsheet formula injection (OWASP) require them. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1:A2)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")",
            "-2+3+cmd|' /C calc'!A0", "@acmehelp my router is broken"})
    void textThatStartsAFormulaGetsALeadingApostrophe(String text) {
        String cell = CsvWriter.cell(text);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertEquals("'" + text, unquoted, "cell " + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "a=b", "1-2", " =not a formula", "'already", "ünïcødé ✓", "x@y.z"})
    void otherTextIsKeptAsItIs(String text) {
        assertEquals(text, CsvWriter.cell(text));
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines"));
        assertEquals("\"cr\rlf\"", CsvWriter.cell("cr\rlf"));
        // neutralised first, then quoted: the apostrophe is inside the quotes
        assertEquals("\"'=1,2\"", CsvWriter.cell("=1,2"));
        assertEquals("\"'\rline\"", CsvWriter.cell("\rline"));
    }

    @Test
    void numbersAreWrittenAsNumbersNeverPrefixed() {
        assertEquals("-0.62", CsvWriter.cell(-0.62));
        assertEquals("0", CsvWriter.cell(-0.0));
        assertEquals("0.00001", CsvWriter.cell(1e-5));
        assertEquals("12345678901", CsvWriter.cell(12_345_678_901L));
        assertEquals("-3", CsvWriter.cell(-3));
        assertEquals("1.50", CsvWriter.cell(new BigDecimal("1.50")));
        assertEquals("", CsvWriter.cell(Double.NaN));
        assertEquals("", CsvWriter.cell(Double.POSITIVE_INFINITY));
        // an unknown Number type is treated as text
        assertEquals("'-4", CsvWriter.cell(new AtomicLong(-4)));
    }

    @Test
    void nullIsAnEmptyCellAndOtherValuesTheirText() {
        assertEquals("", CsvWriter.cell(null));
        assertEquals("", CsvWriter.cell(""));
        assertEquals("true", CsvWriter.cell(true));
        assertEquals("2025-01-01T10:00:00Z", CsvWriter.cell(Instant.parse("2025-01-01T10:00:00Z")));
    }

    @Test
    void rowsAreCommaSeparatedWithCrlfLineEnds() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("channel", "text", "sentiment").row(Arrays.asList("x", "=cmd()", -0.5))
                .row(List.of("reddit", "a \"b\", c", 0.25)).row(Arrays.asList(null, null, null));
        assertEquals("channel,text,sentiment\r\nx,'=cmd(),-0.5\r\nreddit,\"a \"\"b\"\", c\",0.25\r\n,,\r\n",
                out.toString());
    }
}
