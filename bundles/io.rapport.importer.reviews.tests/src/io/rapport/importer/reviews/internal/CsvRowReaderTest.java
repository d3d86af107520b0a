package io.rapport.importer.reviews.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

class CsvRowReaderTest {
    private static final TextEncoding UTF8 = new TextEncoding(StandardCharsets.UTF_8, 0);
    private static final TextEncoding UTF16 = new TextEncoding(StandardCharsets.UTF_16LE, 2);

    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotesAndTheRowTextIsExact() throws IOException {
        String csv = "a,b,c\r\n1,\"x, \"\"y\"\"\r\nz\",\r\n\"é🙂\",2,3";
        CsvRowReader r = new CsvRowReader(new StringReader(csv), UTF8, 100);
        CsvRow header = r.next();
        assertEquals(List.of("a", "b", "c"), header.fields());
        CsvRow row = r.next();
        assertEquals(List.of("1", "x, \"y\"\r\nz", ""), row.fields());
        assertEquals("1,\"x, \"\"y\"\"\r\nz\",", row.text());
        assertEquals(2, row.line());
        assertEquals(7, row.offset());
        CsvRow last = r.next();
        assertEquals(List.of("é🙂", "2", "3"), last.fields());
        assertEquals(4, last.line(), "the quoted line break counts as a line");
        assertEquals(csv.substring(0, csv.indexOf("\"é")).getBytes(StandardCharsets.UTF_8).length, last.offset());
        assertNull(r.next());
        assertEquals(csv.getBytes(StandardCharsets.UTF_8).length, r.position());
    }

    @Test
    void utf16OffsetsCountTwoBytesPerCharAfterTheBom() throws IOException {
        CsvRowReader r = new CsvRowReader(new StringReader("ab\n🙂,c\n"), UTF16, 100);
        assertEquals(2, r.next().offset());
        assertEquals(2 + 3 * 2, r.next().offset());
    }

    @Test
    void problemsAreReportedOnTheRowAndReadingGoesOn() throws IOException {
        CsvRowReader r = new CsvRowReader(new StringReader("\"a\"b,c\nok,1\n\"open"), UTF8, 100);
        assertTrue(r.next().problem().startsWith("text after the closing quote of field 1"));
        assertEquals(List.of("ok", "1"), r.next().fields());
        assertEquals("the file ends inside the quoted field 1 (truncated?)", r.next().problem());
        assertNull(r.next());
    }

    @Test
    void aTooLongRowIsSkippedWithoutBeingKept() throws IOException {
        CsvRowReader r = new CsvRowReader(new StringReader("x".repeat(50) + ",\"" + "y\n".repeat(40) + "\"\nnext"), UTF8, 20);
        CsvRow big = r.next();
        assertTrue(big.tooLong());
        assertEquals(List.of(), big.fields());
        CsvRow next = r.next();
        assertEquals(List.of("next"), next.fields());
        assertEquals(42, next.line());
    }
}
