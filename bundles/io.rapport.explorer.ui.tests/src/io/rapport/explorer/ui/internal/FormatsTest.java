package io.rapport.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;

/** How the view writes durations, scores, people and texts. */
class FormatsTest {
    @Test
    void durations() {
        assertEquals("", Formats.minutes(null));
        assertEquals("0 min", Formats.minutes(0.2));
        assertEquals("45 min", Formats.minutes(45.4));
        assertEquals("2 h 05 min", Formats.minutes(125.0));
        assertEquals("2 d 2 h", Formats.minutes(3000.0));
    }

    @Test
    void scoresAndTheirClass() {
        assertEquals("\u22120.60", Formats.score(-0.6));
        assertEquals("+0.05", Formats.score(0.05));
        assertEquals("", Formats.score(null));
        assertEquals("negative", Formats.sentimentClass(0.9, true), "a low rating makes it negative");
        assertEquals("positive", Formats.sentimentClass(0.05, false));
        assertEquals("neutral", Formats.sentimentClass(0.049, false));
        assertEquals("neutral", Formats.sentimentClass(null, false));
    }

    @Test
    void peopleAndTexts() {
        assertEquals("kim (Kim Lee)", Formats.author("kim", "Kim Lee"));
        assertEquals("kim", Formats.author("kim", "KIM"));
        assertEquals("staff \u00b7 support", Formats.role("staff", "support"));
        assertEquals("our account", Formats.role("our_account", null));
        assertEquals("a b c", Formats.oneLine(" a\n b\t\tc "));
        String longText = Formats.oneLine("x".repeat(1000));
        assertTrue(longText.length() < 500 && longText.endsWith("\u2026"));
        assertEquals("2025-03-01 10:42", Formats.time(Instant.parse("2025-03-01T10:42:59Z")));
    }
}
