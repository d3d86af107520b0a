package io.rapport.importer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What a decompressing stream inflates to is counted, never what it declares. */
class InflationGuardTest {
    private static final ContainerLimits LIMITS = new ContainerLimits(10, 10, 1 << 20, 1 << 20, 10, 1000, 2);

    private static long drain(InputStream in) throws IOException {
        long n = 0;
        byte[] buf = new byte[100];
        int r;
        while ((r = in.read(buf)) >= 0) {
            n += r;
        }
        return n;
    }

    @Test
    void theRatioCountsOnlyPastTheGraceBytes() throws IOException {
        // 1000 bytes "from" 1 compressed byte: fine, it is within the grace
        InflationGuard g = new InflationGuard(new ByteArrayInputStream(new byte[1000]), "x.gz: refused: its content",
                () -> 1, Long.MAX_VALUE, "", LIMITS, "a decompression bomb", null);
        assertEquals(1000, drain(g));
        assertEquals(1000, g.inflated());
    }

    @Test
    void pastTheGraceMoreThanTheRatioIsRefusedAndTheListenerHearsOfIt() {
        List<ContainerLimitException> told = new ArrayList<>();
        long[] compressed = { 100 };
        InflationGuard g = new InflationGuard(new ByteArrayInputStream(new byte[5000]), "x.gz: refused: its content",
                () -> compressed[0], Long.MAX_VALUE, "", LIMITS, "a decompression bomb", told::add);
        ContainerLimitException e = assertThrows(ContainerLimitException.class, () -> drain(g));
        assertEquals("x.gz: refused: its content inflates more than 10 times its compressed size (the limit past"
                + " 1000 bytes; a decompression bomb?)", e.getMessage());
        assertEquals(List.of(e), told);
        assertEquals(1100, g.inflated(), "stopped at the first read past 10 times");
    }

    @Test
    void moreThanTheMaximumIsRefusedWithTheReasonGiven() {
        InflationGuard g = new InflationGuard(new ByteArrayInputStream(new byte[300]), "a.zip: refused: entry 'e'",
                () -> 300, 250, "the limit per entry; a zip bomb?", LIMITS, "a zip bomb", null);
        assertEquals("a.zip: refused: entry 'e' inflates to more than 250 bytes (the limit per entry; a zip bomb?)",
                assertThrows(ContainerLimitException.class, () -> drain(g)).getMessage());
    }

    @Test
    void skippedBytesCountToo() {
        InflationGuard g = new InflationGuard(new ByteArrayInputStream(new byte[300]), "s", () -> 300, 250, "r",
                LIMITS, "b", null);
        assertThrows(ContainerLimitException.class, () -> {
            while (g.skip(100) > 0) {
                // skipping through
            }
        });
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals(List.of("16 GiB", "4 MiB", "1 KiB", "1500 bytes", "0 bytes"), List.of(ContainerLimits.bytes(16L << 30),
                ContainerLimits.bytes(4L << 20), ContainerLimits.bytes(1024), ContainerLimits.bytes(1500),
                ContainerLimits.bytes(0)));
    }
}
