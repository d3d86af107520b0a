package io.rapport.importer.core;

import static io.rapport.importer.core.Zips.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip on disk is listed and read in place, and refused with the archive, the entry and the limit named. */
class ZipArchiveTest {
    /** Small limits, so that each can be crossed with a few KB: 5 entries, 1 KiB per entry, 2 KiB in all. */
    private static final ContainerLimits SMALL = new ContainerLimits(3, 5, 1024, 2048, 10, 256, 2);

    private static Map<String, byte[]> entries(String... nameAndText) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            m.put(nameAndText[i], utf8(nameAndText[i + 1]));
        }
        return m;
    }

    private static ContainerLimitException refused(Path zip, ContainerLimits limits) {
        List<ContainerLimitException> told = new ArrayList<>();
        ContainerLimitException e = assertThrows(ContainerLimitException.class,
                () -> ZipArchive.open(zip, zip.toString(), limits, told::add).close());
        assertEquals(List.of(e), told, "the listener hears of the refusal");
        return e;
    }

    @Test
    void entriesAreListedWithoutFoldersAndReadInPlace(@TempDir Path tmp) throws Exception {
        Path file = Zips.write(tmp.resolve("export.zip"), Zips.zip(entries("data/", "", "data/a.jsonl", "{\"a\":1}\n",
                "b.csv", "x,y\n")));
        try (ZipArchive zip = ZipArchive.open(file, "export.zip")) {
            assertEquals(List.of("data/a.jsonl", "b.csv"), zip.entries().stream().map(ZipArchive.Entry::name).toList());
            ZipArchive.Entry a = zip.entries().get(0);
            assertEquals(List.of("a.jsonl", "data", 8L), List.of(a.fileName(), a.folder(), a.size()));
            try (InputStream in = zip.open(a)) {
                assertArrayEquals(utf8("{\"a\":1}\n"), in.readAllBytes());
            }
            zip.release(); // gives the handle back; the next read opens the file again
            try (InputStream in = zip.open(zip.entries().get(1))) {
                assertArrayEquals(utf8("x,y\n"), in.readAllBytes());
            }
        }
    }

    @Test
    void entryNamesThatWouldEscapeAFolderAreUnsafe() {
        for (String bad : List.of("../x.js", "data/../../x.js", "/etc/passwd", "C:/x.js", "c:x.js", "data\\..\\x.js",
                "..", "", "a\0b")) {
            assertTrue(ZipArchive.isUnsafeName(bad), bad);
        }
        for (String ok : List.of("data/tweets.js", "twitter-2024/data/tweets.js", "data/tweets_media/a..b.jpg", "..a",
                "a/b/")) {
            assertFalse(ZipArchive.isUnsafeName(ok), ok);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "../../home/user/.bashrc", "/etc/cron.d/x.jsonl", "C:/Windows/x.jsonl", "a/../../b.jsonl" })
    void aZipSlipEntryRefusesTheArchive(String name, @TempDir Path tmp) throws Exception {
        Path file = Zips.write(tmp.resolve("slip.zip"), Zips.zip(entries("ok.jsonl", "{}\n", name, "{}\n")));
        assertEquals(file + ": refused: entry '" + name + "' points outside the archive (zip-slip)",
                refused(file, ContainerLimits.DEFAULT).getMessage());
    }

    /** Found by the X archive importer's damage property: the JDK's ZipFile then throws an EOFException without a message. */
    @Test
    void aZipWhoseEndRecordPointsPastTheFileIsRefusedWithAMessage(@TempDir Path tmp) throws Exception {
        byte[] zip = Zips.zip(entries("data/tweets.js", "window.YTD.tweets.part0 = []"));
        zip[zip.length - 2] = 1; // the end record's comment length: one byte of comment, which the file lacks
        Path file = Zips.write(tmp.resolve("twitter-damaged.zip"), zip);
        IOException e = assertThrows(IOException.class, () -> ZipArchive.open(file, file.toString()).close());
        assertEquals(file + ": not a readable zip archive: it ends before its directory does (cut short?)",
                e.getMessage());
    }

    @Test
    void anEntryListedTwiceRefusesTheArchive(@TempDir Path tmp) throws Exception {
        byte[] twice = Zips.rename(Zips.zip(entries("a.jsonl", "{\"n\":1}\n", "b.jsonl", "{\"n\":2}\n")), "b.jsonl", "a.jsonl");
        Path file = Zips.write(tmp.resolve("twice.zip"), twice);
        assertEquals(file + ": refused: entry 'a.jsonl' is listed twice (a forged archive?)",
                refused(file, ContainerLimits.DEFAULT).getMessage());
    }

    @Test
    void tooManyEntriesRefuseTheArchive(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> six = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            six.put("e" + i + ".jsonl", utf8("{}\n"));
        }
        Path file = Zips.write(tmp.resolve("many.zip"), Zips.zip(six));
        assertEquals(file + ": refused: it lists 6 entries (the limit is 5; a zip bomb?)",
                refused(file, SMALL).getMessage());
    }

    @Test
    void declaredSizesPastTheLimitsRefuseTheArchiveBeforeAnythingInflates(@TempDir Path tmp) throws Exception {
        Path big = Zips.write(tmp.resolve("big.zip"), Zips.storedZip(entries("big.jsonl", "x".repeat(1025))));
        assertEquals(big + ": refused: entry 'big.jsonl' declares 1025 bytes (the limit per entry is 1 KiB; a zip bomb?)",
                refused(big, SMALL).getMessage());

        Path all = Zips.write(tmp.resolve("all.zip"), Zips.storedZip(entries("a.jsonl", "x".repeat(1000),
                "b.jsonl", "x".repeat(1000), "c.jsonl", "x".repeat(100))));
        assertEquals(all + ": refused: its entries inflate to 2100 bytes in all (the limit per archive is 2 KiB;"
                + " a zip bomb?)", refused(all, SMALL).getMessage());
    }

    @Test
    void aHighlyCompressibleEntryIsABombByItsRatio(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("data/zeros.jsonl"));
            Zips.repeat(z, (byte) '\n', 8L << 20);
            z.closeEntry();
        }
        Path file = Zips.write(tmp.resolve("bomb.zip"), out.toByteArray());
        assertEquals(file + ": refused: entry 'data/zeros.jsonl' inflates more than 100 times its compressed size"
                + " (the limit past 4 MiB; a zip bomb?)", refused(file, ContainerLimits.DEFAULT).getMessage());
    }

    @Test
    void entriesSharingCompressedDataAreABomb(@TempDir Path tmp) throws Exception {
        // three directory records, one local entry: the overlapping-entries bomb, in small
        byte[] zip = Zips.storedZip(entries("a.jsonl", "x".repeat(1000), "b.jsonl", "", "c.jsonl", ""));
        Zips.CentralDirectory cd = new Zips.CentralDirectory(zip);
        for (int r = 1; r <= 2; r++) {
            cd.crc(r, cd.crc(0));
            cd.size(r, 1000);
            cd.compressedSize(r, 1000);
            cd.localHeaderOffset(r, 0);
        }
        Path file = Zips.write(tmp.resolve("overlap.zip"), cd.bytes());
        assertEquals(file + ": refused: its entries share compressed data (they add up to more than the file;"
                + " a zip bomb?)", refused(file, ContainerLimits.DEFAULT).getMessage());
    }

    @Test
    void anEntryThatInflatesPastWhatItDeclaresIsStoppedWhileItInflates(@TempDir Path tmp) throws Exception {
        byte[] zip = Zips.zip(entries("a.jsonl", "{\"text\":\"" + "y".repeat(500) + "\"}\n"));
        Zips.CentralDirectory cd = new Zips.CentralDirectory(zip);
        cd.size(0, 20);
        Path file = Zips.write(tmp.resolve("forged.zip"), cd.bytes());
        List<ContainerLimitException> told = new ArrayList<>();
        try (ZipArchive z = ZipArchive.open(file, "forged.zip", ContainerLimits.DEFAULT, told::add);
                InputStream in = z.open(z.entries().get(0))) {
            ContainerLimitException e = assertThrows(ContainerLimitException.class, in::readAllBytes);
            assertEquals("forged.zip: refused: entry 'a.jsonl' inflates to more than 20 bytes (the size the archive"
                    + " declares for it; a forged archive?)", e.getMessage());
            assertEquals(List.of(e), told);
            assertThrows(ContainerLimitException.class, in::read, "a refused stream stays refused");
        }
    }

    @Test
    void notAZipIsAnErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Path file = Zips.write(tmp.resolve("twitter-x.zip"), utf8("not a zip at all"));
        IOException e = assertThrows(IOException.class, () -> ZipArchive.open(file, "twitter-x.zip"));
        assertFalse(e instanceof ContainerLimitException);
        assertTrue(e.getMessage().startsWith("twitter-x.zip: not a readable zip archive: "), e.getMessage());
    }
}
