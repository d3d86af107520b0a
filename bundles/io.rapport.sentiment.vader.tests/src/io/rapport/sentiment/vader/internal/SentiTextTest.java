package io.rapport.sentiment.vader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Tokens as the reference's SentiText makes them. */
class SentiTextTest {

    private static List<String> tokens(String text) {
        SentiText t = SentiText.of(text);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            tokens.add(t.token(i));
        }
        return tokens;
    }

    @Test
    void punctuationIsStrippedFromWords() {
        assertEquals(List.of("VADER", "is", "smart", "handsome", "and", "funny"), tokens("VADER is smart, handsome, and funny."));
        assertEquals(List.of("I'll", "get", "by,", "lol"), tokens("I'll get by, lol"), "'by' would be two characters: kept as written");
        assertEquals(List.of("wow", "really"), tokens("\"wow\" (really?!)"));
    }

    @Test
    void emoticonsSurvive() {
        assertEquals(List.of("Make", "sure", "you", ":)", "or", ":D", "today"), tokens("Make sure you :) or :D today!"));
        assertEquals(List.of(":-(", "</3"), tokens(":-( </3"));
    }

    @Test
    void anyWhitespaceSeparates() {
        assertEquals(List.of("a", "b", "c", "d"), tokens(" a\tb\n\u00a0c\u2003d "));
        assertEquals(List.of(), tokens("   "));
    }

    @Test
    void tokensAreAlsoKeptInLowerCase() {
        SentiText t = SentiText.of("Today SUX");
        assertEquals("today", t.lower(0));
        assertEquals("sux", t.lower(1));
        assertEquals("SUX", t.token(1));
    }

    @Test
    void capsDifferentialMeansSomeButNotAllInCaps() {
        assertTrue(SentiText.of("Today SUX").isCapsDifferential());
        assertFalse(SentiText.of("TODAY SUX").isCapsDifferential());
        assertFalse(SentiText.of("today sux").isCapsDifferential());
        assertFalse(SentiText.of("").isCapsDifferential());
    }
}
