package io.rapport.importer.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import java.io.StringReader;
import java.util.List;

/** RFC 4180 records, as spreadsheets write them, with their byte offsets; text encodings. */
class DelimitedReaderTest {

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaksAndRowsAreNumberedAsInASpreadsheet() throws Exception {
        DelimitedReader r = new DelimitedReader(new StringReader(
                "id,text,n\r\n1,\"a, \"\"quoted\"\"\r\nline\",2\r\n2,plain \"inner\" quote,3\n3,,\r4,last,5"), ',');
        assertEquals(List.of("id", "text", "n"), r.next().fields());
        DelimitedRecord second = r.next();
        assertEquals(2, second.number());
        assertEquals(List.of("1", "a, \"quoted\"\r\nline", "2"), second.fields());
        assertEquals("1,\"a, \"\"quoted\"\"\r\nline\",2", second.raw());
        DelimitedRecord third = r.next();
        assertEquals(3, third.number(), "one record over two lines is one row");
        assertEquals(List.of("2", "plain \"inner\" quote", "3"), third.fields());
        assertEquals(List.of("3", "", ""), r.next().fields());
        DelimitedRecord last = r.next();
        assertEquals(List.of("4", "last", "5"), last.fields(), "no line break at the end");
        assertFalse(last.unclosed());
        assertNull(r.next());
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRow() throws Exception {
        DelimitedReader r = new DelimitedReader(new StringReader("a,b\n1,\"open\n2,3\n"), ',');
        r.next();
        DelimitedRecord row = r.next();
        assertTrue(row.unclosed());
        assertEquals(2, row.number());
        assertEquals(List.of("1", "open\n2,3\n"), row.fields());
    }

    @Test
    void theDelimiterIsGuessedFromTheHeader() throws Exception {
        assertEquals(',', DelimitedReader.guessDelimiter("respondent_id,r1,r2"));
        assertEquals('\t', DelimitedReader.guessDelimiter("respondent_id\tr1\tr2"));
        assertEquals(';', DelimitedReader.guessDelimiter("respondent_id;r1;r2"));
        assertEquals(';', DelimitedReader.guessDelimiter("\"a,b\";r1;r2"), "quoted commas do not count");
        assertEquals(',', DelimitedReader.guessDelimiter("single"));
        DelimitedReader guessing = new DelimitedReader(new StringReader("a;b\n1;2\n"), (char) 0);
        assertEquals(List.of("a", "b"), guessing.next().fields());
        assertEquals(';', guessing.delimiter());
    }

    @Test
    void blankRowsAreRecognised() throws Exception {
        DelimitedReader r = new DelimitedReader(new StringReader("a,b\n,\n\n"), ',');
        r.next();
        assertTrue(r.next().blank());
        assertTrue(r.next().blank(), "an empty line");
        assertNull(r.next());
    }

    @Test
    void offsetsCountTheFileBytesInItsEncodingAfterTheByteOrderMark() throws Exception {
        String text = "id;text\r\n1;\"é ✓ 😀\r\nzwei\"\r\n2;x";
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
            byte[] bom = cs == StandardCharsets.UTF_8 ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
                    : new byte[] { (byte) 0xFF, (byte) 0xFE };
            byte[] body = text.getBytes(cs);
            byte[] file = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, file, 0, bom.length);
            System.arraycopy(body, 0, file, bom.length, body.length);
            TextEncoding enc = TextEncoding.detect(file);
            assertEquals(bom.length, enc.bomLength());
            DelimitedReader r = new DelimitedReader(enc.open(new ByteArrayInputStream(file), true), (char) 0, enc);
            DelimitedRecord header = r.next();
            assertEquals(bom.length, header.offset(), cs.name());
            DelimitedRecord second = r.next();
            assertEquals(';', r.delimiter());
            assertEquals(bom.length + "id;text\r\n".getBytes(cs).length, second.offset(), cs.name());
            assertEquals("1;\"é ✓ 😀\r\nzwei\"", second.raw());
            DelimitedRecord third = r.next();
            int at = bom.length + text.substring(0, text.indexOf("2;x")).getBytes(cs).length;
            assertEquals(at, third.offset(), cs.name());
            assertEquals(List.of("2", "x"), third.fields());
        }
    }

    @Test
    void aGiganticRecordIsCutAndMarkedAndTheNextOneIsReadWhole() throws Exception {
        String huge = "x".repeat(DelimitedReader.MAX_RECORD_CHARS + 10);
        DelimitedReader r = new DelimitedReader(new StringReader("a,b\n1,\"" + huge + "\"\n2,ok\n"), ',');
        r.next();
        DelimitedRecord big = r.next();
        assertTrue(big.tooLong());
        assertTrue(big.raw().length() <= DelimitedReader.MAX_RECORD_CHARS);
        DelimitedRecord next = r.next();
        assertEquals(List.of("2", "ok"), next.fields());
        assertEquals(3, next.number());
        assertFalse(next.tooLong());
        assertEquals(("a,b\n1,\"" + huge + "\"\n").length(), next.offset());
    }

    @Test
    void encodingsAreDetectedFromMarksAndZeroBytesOrNamed() {
        assertEquals("UTF-16LE", TextEncoding.detect("id,x".getBytes(StandardCharsets.UTF_16LE)).name());
        assertEquals("UTF-16BE", TextEncoding.detect("id,x".getBytes(StandardCharsets.UTF_16BE)).name());
        assertEquals("UTF-8", TextEncoding.detect("id,x".getBytes(StandardCharsets.UTF_8)).name());
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.of("UTF-16", new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }).charset());
        assertEquals("windows-1252", TextEncoding.of("windows-1252", "id".getBytes(StandardCharsets.US_ASCII)).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextEncoding.of("latin-9000", new byte[0]));
        assertTrue(e.getMessage().startsWith("unknown encoding 'latin-9000'"), e.getMessage());
    }
}
