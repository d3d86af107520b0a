package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;

class JsonReadingTest {
    private final JsonFactory json = JsonReading.factory(10, 20, 5).build();

    private static JsonProcessingException failure(JsonFactory f, String text) {
        Executable read = () -> {
            try (JsonParser p = f.createParser(text)) {
                while (p.nextToken() != null) {
                    p.getText();
                }
            }
        };
        return assertThrows(JsonProcessingException.class, read);
    }

    @Test
    void aNestingBombIsRefusedAsASafetyLimit() {
        JsonProcessingException e = failure(json, "[".repeat(11));
        assertTrue(e instanceof StreamConstraintsException, e.toString());
        assertTrue(JsonReading.reason(e).startsWith("input exceeds a safety limit: "), JsonReading.reason(e));
    }

    @Test
    void aGiganticStringOrNumberIsRefused() {
        assertTrue(failure(json, "\"" + "s".repeat(21) + "\"") instanceof StreamConstraintsException);
        assertTrue(failure(json, "1234567") instanceof StreamConstraintsException);
    }

    @Test
    void withinTheLimitsEverythingReads() throws IOException {
        try (JsonParser p = json.createParser("[[[\"" + "s".repeat(20) + "\", 12345]]]")) {
            while (p.nextToken() != null) {
                p.getText();
            }
        }
    }

    @Test
    void reasonsAreOneLineWithoutTheSource() {
        JsonProcessingException e = failure(json, "{\"a\": tru}");
        String reason = JsonReading.reason(e);
        assertTrue(reason.startsWith("invalid JSON: Unrecognized token 'tru'"), reason);
        assertTrue(!reason.contains("\n") && !reason.contains("Source"), reason);
        JsonProcessingException eof = failure(json, "{\"a\": [1, 2");
        assertTrue(!JsonReading.oneLine(eof).contains("start marker"), JsonReading.oneLine(eof));
    }

    @Test
    void duplicateFieldsAreTheCallersChoice() throws IOException {
        try (JsonParser p = json.createParser("{\"a\":1,\"a\":2}")) {
            while (p.nextToken() != null) {
                p.getText(); // a format like ActivityStreams archives needs them accepted
            }
        }
        assertEquals("invalid JSON: Duplicate field 'a'", JsonReading.reason(failure(
                JsonReading.factory(10, 20, 5).enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build(), "{\"a\":1,\"a\":2}")));
    }

    @Test
    void whyReadingStoppedSaysItInTheFilesTerms() {
        assertEquals("the file ends at byte 7 in the middle of the JSON (truncated?)",
                JsonReading.whyReadingStopped(failure(json, "{\"a\": [1"), " at byte 7", 10));
        assertEquals("exceeds a safety limit at byte 11: nested deeper than 10 levels (a nesting-depth bomb?)",
                JsonReading.whyReadingStopped(failure(json, "[".repeat(11)), " at byte 11", 10));
        JsonProcessingException longText = failure(json, "\"" + "s".repeat(21) + "\"");
        assertEquals("exceeds a safety limit: a text value longer than 20 characters",
                JsonReading.whyReadingStopped(longText, "", 10, 20));
        assertEquals("exceeds a safety limit: " + JsonReading.oneLine(longText),
                JsonReading.whyReadingStopped(longText, "", 10), "without a text limit, in Jackson's words");
        assertTrue(JsonReading.whyReadingStopped(failure(json, "{x}"), "", 10).startsWith("invalid JSON or encoding: "));
        assertEquals("invalid encoding at byte 3: bad byte",
                JsonReading.whyReadingStopped(new IOException("bad byte"), " at byte 3", 10));
    }
}
