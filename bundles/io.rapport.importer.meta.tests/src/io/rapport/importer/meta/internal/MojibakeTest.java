package io.rapport.importer.meta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

class MojibakeTest {
    /** What the download writes for a text: each UTF-8 byte as its own code point. */
    private static String mangled(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void accentsAndFourByteEmojiAreRepaired() {
        assertEquals("Caf\u00c3\u00a9", mangled("Café"));
        assertEquals("Café", Mojibake.repair("Caf\u00c3\u00a9"));
        for (String s : new String[] { "crème brûlée", "Thank you 😀🎉", "Zoë 🌱 naïve façade", "日本語", "Ωμέγα" }) {
            assertEquals(s, Mojibake.repair(mangled(s)), s);
        }
    }

    @Test
    void legitimateLatin1AsciiAndRealUnicodeStayAsTheyAre() {
        for (String s : new String[] { "Crème brûlée à la maison", "plain ASCII", "", "Ça va? ½ price", "Café 😀",
                "日本語", "\u00c3 alone" }) {
            assertEquals(s, Mojibake.repair(s), s);
        }
        assertNull(Mojibake.repair(null));
    }
}
