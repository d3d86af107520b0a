package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

class FileHeadTest {

    private static byte[] withBom(byte[] bom, String text, java.nio.charset.Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void readsUtf16WithByteOrderMarksAndSkipsAUtf8One() {
        String csv = "Package Name,Star Rating\ncom.acme,5\n";
        assertEquals("Package Name,Star Rating", FileHead.of(withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, csv,
                StandardCharsets.UTF_16LE)).firstLine());
        assertEquals("Package Name,Star Rating", FileHead.of(withBom(new byte[] { (byte) 0xFE, (byte) 0xFF }, csv,
                StandardCharsets.UTF_16BE)).firstLine());
        assertTrue(FileHead.of(withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "  {\"a\":1}",
                StandardCharsets.UTF_8)).startsWith("{"));
    }

    @Test
    void matchesQuotedKeysNotWords() {
        FileHead h = FileHead.of("{\"subreddit\":\"acme\",\"text\":\"parent_id\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(h.hasKeys("subreddit"));
        assertFalse(h.hasKeys("parent_id"), "a word in a value is no key");
        assertTrue(h.hasKeys("subreddit", "text"));
        assertFalse(h.hasKeys("subreddit", "link_id"));
    }

    @Test
    void aHeadCutInsideACharacterStillReads() {
        byte[] cut = "{\"t\":\"caf\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] head = java.util.Arrays.copyOf(cut, cut.length - 1); // half of the é
        assertTrue(FileHead.of(head).startsWith("{\"t\":\"caf"));
        assertTrue(FileHead.of(new byte[] { 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 1 }).startsWithBytes(0x28, 0xB5, 0x2F, 0xFD));
        assertFalse(FileHead.of(new byte[] { 0x28 }).startsWithBytes(0x28, 0xB5));
    }
}
