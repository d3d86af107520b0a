package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class ByteLineReaderTest {
    /** A line as the reader reported it: number, offset, text (or "TOO LONG"). */
    private static List<String> lines(InputStream in, int max) throws IOException {
        ByteLineReader r = new ByteLineReader(in, max);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            String text = r.isTooLong() ? "TOO LONG"
                    : new String(r.buffer(), r.start(), r.length(), StandardCharsets.UTF_8);
            out.add(r.number() + "@" + r.offset() + ":" + text);
        }
        return out;
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Delivers at most one byte per read, so every line end falls on a buffer boundary at some point. */
    private static InputStream trickle(String s) {
        return new FilterInputStream(bytes(s)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void numbersAndByteOffsetsOfEveryLine() throws IOException {
        assertEquals(List.of("1@0:a", "2@2:", "3@3:caf\u00e9", "4@9:last"), lines(bytes("a\n\ncaf\u00e9\nlast"), 100));
    }

    @Test
    void crBeforeLfIsNotPartOfTheLine() throws IOException {
        assertEquals(List.of("1@0:a", "2@3:b"), lines(bytes("a\r\nb\r\n"), 100));
    }

    @Test
    void noLineAfterAFinalLineEnd() throws IOException {
        assertEquals(List.of("1@0:x"), lines(bytes("x\n"), 100));
        assertEquals(List.of(), lines(bytes(""), 100));
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void aLineOverTheLimitIsReportedAndTheNextOneIsIntact(boolean oneByteAtATime) throws IOException {
        String text = "ok\n" + "x".repeat(11) + "\nafter\n" + "y".repeat(10) + "\r\n" + "z".repeat(30);
        List<String> expected = List.of("1@0:ok", "2@3:TOO LONG", "3@15:after", "4@21:" + "y".repeat(10),
                "5@33:TOO LONG");
        assertEquals(expected, lines(oneByteAtATime ? trickle(text) : bytes(text), 10));
    }

    @Test
    void memoryIsBoundedByTheLimitNotByTheLine() throws IOException {
        int max = 1000;
        long huge = 50L << 20;
        InputStream aLongLine = new InputStream() { // far more bytes than the limit, never all in memory
            private long left = huge;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        ByteLineReader r = new ByteLineReader(new SequenceInputStream(aLongLine, bytes("\nnext")), max);
        assertTrue(r.next());
        assertTrue(r.isTooLong());
        assertTrue(r.buffer().length <= max + 2, "buffer " + r.buffer().length);
        assertTrue(r.next());
        assertEquals("next", new String(r.buffer(), r.start(), r.length(), StandardCharsets.UTF_8));
        assertEquals(huge + 1, r.offset());
        assertFalse(r.next());
    }

    @Test
    void positionIsWhereTheNextLineStarts() throws IOException {
        ByteLineReader r = new ByteLineReader(bytes("ab\ncd"), 10);
        assertTrue(r.next());
        assertEquals(3, r.position());
        assertTrue(r.next());
        assertEquals(5, r.position());
    }
}
