package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class RecordingInputStreamTest {
    private static final JsonFactory JSON = new JsonFactory();

    /** The original text of every element of a JSON array, cut out by the parser's byte offsets. */
    private static List<String> elements(String json, int maxRecordBytes) throws IOException {
        RecordingInputStream in = new RecordingInputStream(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), maxRecordBytes);
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                in.startRecord(p.currentTokenLocation().getByteOffset());
                p.skipChildren();
                String raw = in.endRecord(p.currentLocation().getByteOffset());
                out.add(raw == null ? "TOO LARGE" : raw);
            }
        }
        return out;
    }

    @Test
    void cutsEachRecordByteForByteWithItsSpacingAndEscapes() throws IOException {
        String a = "{ \"t\" : \"caf\u00e9 \\u00e9 \ud83c\udf84\" }";
        String b = "{\"n\":[1, 2,\n 3]}";
        assertEquals(List.of(a, b), elements("[" + a + ",\n  " + b + "]", 1 << 20));
    }

    @Test
    void recordsFarApartStayExactAcrossManyReadAheadBuffers() throws IOException {
        StringBuilder json = new StringBuilder("[");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String r = "{\"i\":" + i + ",\"pad\":\"" + "p".repeat(i % 300) + "\"}";
            expected.add(r);
            json.append(i == 0 ? "" : ",").append(" ".repeat(i % 7)).append(r);
        }
        assertEquals(expected, elements(json.append(']').toString(), 1 << 20));
    }

    @Test
    void aRecordOverTheLimitIsMarkedAndTheNextOneIsIntact() throws IOException {
        String big = "{\"x\":\"" + "b".repeat(300_000) + "\"}";
        String small = "{\"y\":1}";
        assertEquals(List.of("TOO LARGE", small), elements("[" + big + "," + small + "]", 100_000));
    }

    @Test
    void memoryStaysBoundedWhileATooLargeRecordIsRead() throws IOException {
        byte[] data = ("[{\"x\":\"" + "b".repeat(8 << 20) + "\"}]").getBytes(StandardCharsets.UTF_8);
        RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(data), 1 << 20);
        in.readNBytes(1);
        in.startRecord(1);
        byte[] chunk = new byte[8000];
        while (in.read(chunk) > 0) {
            assertTrue(in.buffer().length < 4 << 20, "kept " + in.buffer().length);
        }
        assertTrue(in.recordTooLarge());
        assertNull(in.endRecord(data.length - 1));
    }

    @Test
    void offsetsCountFromTheGivenStartAndStopWhenRecordingStops() throws IOException {
        RecordingInputStream in = new RecordingInputStream(
                new ByteArrayInputStream("abcdefgh".getBytes(StandardCharsets.UTF_8)), 100, 1000);
        in.readNBytes(4);
        assertEquals(1004, in.position());
        in.startRecord(1001);
        assertEquals(1001, in.recordStart());
        in.readNBytes(2);
        assertEquals("bcde", new String(in.buffer(), in.indexOf(1001), 4, StandardCharsets.US_ASCII));
        in.stopRecording();
        assertEquals(2, in.readNBytes(5).length);
        assertEquals(1006, in.position(), "skipped bytes are passed through, not counted");
    }

    @Test
    void aRecordCannotStartBeyondWhatWasRead() throws IOException {
        RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(new byte[10]), 100);
        in.readNBytes(3);
        assertThrows(IllegalStateException.class, () -> in.startRecord(4));
    }

    @Test
    void anAbandonedRecordIsForgotten() throws IOException {
        RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(new byte[10]), 100);
        in.readNBytes(5);
        in.startRecord(2);
        in.abandonRecord();
        assertEquals(-1, in.recordStart());
        assertNull(in.endRecord(5));
    }
}
