package io.rapport.importer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** Containers are told apart by their first bytes, and named by their suffix. */
class ContainerTest {

    @Test
    void theFirstBytesSayWhichContainer() {
        assertEquals(Container.ZIP, Container.ofContent(new byte[] { 'P', 'K', 3, 4, 0 }));
        assertEquals(Container.ZIP, Container.ofContent(new byte[] { 'P', 'K', 5, 6 }), "an empty zip");
        assertEquals(Container.GZIP, Container.ofContent(new byte[] { 0x1f, (byte) 0x8b, 8 }));
        assertEquals(Container.ZSTD, Container.ofContent(new byte[] { 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd }));
        assertNull(Container.ofContent("{\"a\":1}".getBytes()));
        assertNull(Container.ofContent(new byte[0]));
    }

    @Test
    void theSuffixNamesTheContainerAndIsDroppedFromTheContentsName() {
        assertEquals(Container.GZIP, Container.ofName("comments.JSONL.GZ"));
        assertEquals(Container.ZSTD, Container.ofName("reviews.csv.zst"));
        assertEquals(Container.ZIP, Container.ofName("export.zip"));
        assertNull(Container.ofName(".gz"), "a hidden file's name is not a suffix");
        assertNull(Container.ofName("RC_2023-01"));
        assertEquals("comments.JSONL", Container.GZIP.strip("comments.JSONL.GZ"));
        assertEquals("RC_2023-01", Container.ZSTD.strip("RC_2023-01.zst"));
        assertEquals("RC_2023-01", Container.ZSTD.strip("RC_2023-01"));
        assertEquals("28 b5 2f fd", Container.ZSTD.magicDescription());
    }

    @Test
    void aTarArchiveIsRecognisedToBeRefusedClearly() {
        byte[] header = new byte[512];
        System.arraycopy("ustar".getBytes(), 0, header, 257, 5);
        assertTrue(Container.isTar(header));
        assertFalse(Container.isTar(Arrays.copyOf(header, 200)));
    }
}
