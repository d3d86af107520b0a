package io.rapport.importer.core.internal;

import static io.rapport.importer.core.Zips.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ContainerLimitException;
import io.rapport.importer.core.ContainerLimits;
import io.rapport.importer.core.Zips;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip inside another container is listed and read as a stream, under the same limits as a zip on disk. */
class StreamedZipTest {
    private static final ContainerLimits SMALL = new ContainerLimits(3, 4, 1024, 1500, 10, 256, 2);
    private final List<ContainerLimitException> refusals = new ArrayList<>();

    private static Map<String, byte[]> entries(String... nameAndText) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            m.put(nameAndText[i], utf8(nameAndText[i + 1]));
        }
        return m;
    }

    private StreamedZip list(BytesInput in, ContainerLimits limits) throws IOException {
        return StreamedZip.list(in, limits, refusals::add, () -> {
        });
    }

    @Test
    void filesAreListedWithTheirRealSizesAndEachIsReadByStreamingUpToIt() throws Exception {
        BytesInput inner = new BytesInput("inner.zip", Zips.zip(entries("data/", "", "data/a.jsonl", "{\"a\":1}\n",
                "data/b.jsonl", "{\"b\":2}\n", "c.csv", "x,y\n")));
        StreamedZip zip = list(inner, ContainerLimits.DEFAULT);
        assertEquals(List.of("data/a.jsonl:8", "data/b.jsonl:8", "c.csv:4"),
                zip.files().stream().map(e -> e.name() + ":" + e.size()).toList());
        assertEquals("outer.zip!/inner.zip", zip.displayName());
        try (InputStream in = zip.open(zip.files().get(1))) {
            assertArrayEquals(utf8("{\"b\":2}\n"), in.readAllBytes());
        }
        EntryInput b = new EntryInput(zip, zip.files().get(1));
        assertEquals("outer.zip!/inner.zip!/data/b.jsonl", b.displayName());
        assertEquals(List.of("outer.zip!/inner.zip!/data/a.jsonl"),
                b.siblings().stream().map(ImportInput::displayName).toList(), "the other files of its folder");
        assertEquals(2, inner.opened, "listed once, read once");
    }

    @Test
    void unsafeAndDuplicatedNamesAndTooManyEntriesAreRefusedNamingTheNestedArchive() throws Exception {
        BytesInput slip = new BytesInput("inner.zip", Zips.zip(entries("a.jsonl", "{}", "../../x.jsonl", "{}")));
        assertEquals("outer.zip!/inner.zip: refused: entry '../../x.jsonl' points outside the archive (zip-slip)",
                assertThrows(ContainerLimitException.class, () -> list(slip, ContainerLimits.DEFAULT)).getMessage());

        BytesInput twice = new BytesInput("inner.zip", Zips.rename(Zips.zip(entries("a.jsonl", "1", "b.jsonl", "2")),
                "b.jsonl", "a.jsonl"));
        assertEquals("outer.zip!/inner.zip: refused: entry 'a.jsonl' is listed twice (a forged archive?)",
                assertThrows(ContainerLimitException.class, () -> list(twice, ContainerLimits.DEFAULT)).getMessage());

        BytesInput many = new BytesInput("inner.zip", Zips.zip(entries("1", "", "2", "", "3", "", "4", "", "5", "")));
        assertEquals("outer.zip!/inner.zip: refused: it lists more than 4 entries (the limit; a zip bomb?)",
                assertThrows(ContainerLimitException.class, () -> list(many, SMALL)).getMessage());
        assertEquals(3, refusals.size(), "each refusal is reported");
    }

    @Test
    void sizesAndRatiosAreCheckedWhileListingInflates() throws Exception {
        byte[] noise = new byte[1025];
        new Random(7).nextBytes(noise); // incompressible: only its size is past a limit
        BytesInput big = new BytesInput("inner.zip", Zips.zip(Map.of("big.bin", noise)));
        assertEquals("outer.zip!/inner.zip: refused: entry 'big.bin' inflates to more than 1 KiB (the limit per entry;"
                + " a zip bomb?)", assertThrows(ContainerLimitException.class, () -> list(big, SMALL)).getMessage());

        BytesInput total = new BytesInput("inner.zip", Zips.storedZip(entries("a", "x".repeat(1000), "b", "y".repeat(600))));
        assertEquals("outer.zip!/inner.zip: refused: its entries inflate to more than 1500 bytes in all (the limit per"
                + " archive; a zip bomb?)", assertThrows(ContainerLimitException.class, () -> list(total, SMALL)).getMessage());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zeros.jsonl"));
            Zips.repeat(z, (byte) 0, 8L << 20);
            z.closeEntry();
        }
        BytesInput bomb = new BytesInput("inner.zip", out.toByteArray());
        assertEquals("outer.zip!/inner.zip: refused: entry 'zeros.jsonl' inflates more than 100 times its compressed"
                + " size (the limit past 4 MiB; a zip bomb?)",
                assertThrows(ContainerLimitException.class, () -> list(bomb, ContainerLimits.DEFAULT)).getMessage());
    }

    @Test
    void aZipThatChangedSinceItWasListedIsAnError() throws Exception {
        BytesInput inner = new BytesInput("inner.zip", Zips.zip(entries("a.jsonl", "{}\n", "b.jsonl", "{}\n")));
        StreamedZip zip = list(inner, ContainerLimits.DEFAULT);
        inner.replace(Zips.zip(entries("a.jsonl", "{}\n")));
        IOException e = assertThrows(IOException.class, () -> zip.open(zip.files().get(1)).close());
        assertEquals("outer.zip!/inner.zip: changed since it was listed (entry 'b.jsonl' is missing)", e.getMessage());
        inner.replace(Zips.zip(entries("a.jsonl", "{\"grown\":true}\n", "b.jsonl", "{}\n")));
        try (InputStream in = zip.open(zip.files().get(0))) {
            ContainerLimitException limit = assertThrows(ContainerLimitException.class, in::readAllBytes);
            assertTrue(limit.getMessage().startsWith("outer.zip!/inner.zip: refused: entry 'a.jsonl' inflates to more"
                    + " than 3 bytes (the size it had when the archive was listed"), limit.getMessage());
        }
    }

    @Test
    void listingCanBeCancelled() throws Exception {
        BytesInput inner = new BytesInput("inner.zip", Zips.zip(entries("a.jsonl", "{}\n")));
        assertThrows(OperationCanceledException.class, () -> StreamedZip.list(inner, ContainerLimits.DEFAULT,
                refusals::add, () -> {
                    throw new OperationCanceledException();
                }));
    }
}
