package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

/** RFC 4180 records, as spreadsheets write them. */
class DelimitedReaderTest {

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaksAndRowsAreNumberedAsInASpreadsheet() throws Exception {
        DelimitedReader r = new DelimitedReader(new StringReader(
                "id,text,n\r\n1,\"a, \"\"quoted\"\"\r\nline\",2\r\n2,plain \"inner\" quote,3\n3,,\r4,last,5"), ',');
        assertEquals(List.of("id", "text", "n"), r.next().fields());
        Row second = r.next();
        assertEquals(2, second.row());
        assertEquals(List.of("1", "a, \"quoted\"\r\nline", "2"), second.fields());
        assertEquals("1,\"a, \"\"quoted\"\"\r\nline\",2", second.raw());
        Row third = r.next();
        assertEquals(3, third.row(), "one record over two lines is one row");
        assertEquals(List.of("2", "plain \"inner\" quote", "3"), third.fields());
        assertEquals(List.of("3", "", ""), r.next().fields());
        Row last = r.next();
        assertEquals(List.of("4", "last", "5"), last.fields(), "no line break at the end");
        assertFalse(last.unclosed());
        assertNull(r.next());
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRow() throws Exception {
        DelimitedReader r = new DelimitedReader(new StringReader("a,b\n1,\"open\n2,3\n"), ',');
        r.next();
        Row row = r.next();
        assertTrue(row.unclosed());
        assertEquals(2, row.row());
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
}
