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
}
