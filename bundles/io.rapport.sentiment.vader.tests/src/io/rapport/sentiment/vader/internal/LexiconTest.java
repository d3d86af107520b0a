package io.rapport.sentiment.vader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import java.io.IOException;
import java.io.StringReader;

/** The bundled lexicon, read through the bundle's class loader as the component reads it. */
class LexiconTest {
    private static final Lexicon BUNDLED = Lexicon.fromResource(VaderSentimentModel.class, VaderSentimentModel.LEXICON);

    @Test
    void theLexiconIsInsideTheBundle() {
        Bundle bundle = FrameworkUtil.getBundle(VaderSentimentModel.class);
        assertNotNull(bundle, "runs in OSGi");
        assertEquals("io.rapport.sentiment.vader", bundle.getSymbolicName());
        assertNotNull(bundle.getEntry(VaderSentimentModel.LEXICON));
        assertNotNull(bundle.getEntry("/lexicon/PROVENANCE.md"));
    }

    @Test
    void allEntriesAreRead() {
        assertEquals(7503, BUNDLED.size());
        assertEquals(1.9, BUNDLED.valence("good"));
        assertEquals(-2.5, BUNDLED.valence("horrible"));
        assertEquals(2.0, BUNDLED.valence(":)"));
        assertEquals(-1.5, BUNDLED.valence("sux"));
        assertEquals(1.4, BUNDLED.valence(":P"), "restored: the Maven copy lower-cased it");
        assertEquals(1.0, BUNDLED.valence(":p"));
        assertEquals(0.9, BUNDLED.valence(":-Þ"), "UTF-8");
        assertEquals(-2.0, BUNDLED.valence("can't stand"), "multi-word entries are kept, though no single token matches them");
        assertNull(BUNDLED.valence("the"));
    }

    @Test
    void aTokenListedTwiceKeepsItsLastValence() {
        assertEquals(1.8, BUNDLED.valence("lol"));
        assertEquals(1.2, BUNDLED.valence("ok"));
    }

    @Test
    void tokensAreKeptAsWritten() {
        assertTrue(BUNDLED.contains(":P"));
        assertEquals(1.0, BUNDLED.valence(":p"), ":P is a token of its own, never matched by a lower-cased token");
    }

    @Test
    void aLineWithoutAValenceIsRejectedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.read(new StringReader("good\t1.9\t0.5\t[]\n\nbad\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.read(new StringReader("good\tvery\n")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void blankLinesAndSurroundingWhitespaceAreIgnored() throws IOException {
        Lexicon l = Lexicon.read(new StringReader("\n  good\t1.9\t0.5\t[1]  \r\n\n"));
        assertEquals(1, l.size());
        assertEquals(1.9, l.valence("good"));
        assertFalse(l.contains("bad"));
    }

    @Test
    void aMissingResourceIsReportedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lexicon.fromResource(VaderSentimentModel.class, "/lexicon/missing.txt"));
        assertTrue(e.getMessage().contains("/lexicon/missing.txt"));
    }
}
