package io.rapport.importer.core.internal;

import static io.rapport.importer.core.Zips.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPlan;
import io.rapport.core.importer.ImportPlanner;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectStore;
import io.rapport.importer.core.Zips;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Every format from a file, a folder, a zip, a .gz and a .zst, through the real import service, planner,
 * importers and DuckDB store: the importer picked per entry, the datasets named after the entry, the same
 * interactions as from the plain files, and archives refused by a safety limit with nothing imported.
 */
class ContainerImportTest {
    private static RapportServices services;
    private static ImportService imports;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(ContainerImportTest.class);
        imports = services.imports();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static Path reddit() {
        return Fixtures.file("reddit", "pushshift/RC_2024-03_nimbalo.ndjson");
    }

    private static Path play() {
        return Fixtures.file("reviews", "own/reviews_com.acme.banking_202503.csv");
    }

    private static Path outbox() {
        return Fixtures.file("mastodon", "own/outbox.json");
    }

    private static Path actor() {
        return Fixtures.file("mastodon", "own/actor.json");
    }

    private static Path tickets() {
        return Fixtures.file("zendesk", "own/tickets-acme-incremental.json");
    }

    private static Path ticketComments() {
        return Fixtures.file("zendesk", "own/ticket_comments-1002.json");
    }

    private static String line(String id, String text) {
        return "{\"channel\":\"x\",\"id\":\"" + id + "\",\"kind\":\"post\",\"author\":{\"handle\":\"kim\"},"
                + "\"created_at\":\"2025-02-03T04:05:06Z\",\"text\":\"" + text + "\"}\n";
    }

    private static byte[] jsonl(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(line(prefix + i, prefix + " " + i));
        }
        return utf8(b.toString());
    }

    private static ProjectStore project(Path dir) throws Exception {
        return services.projects().create(dir, ProjectSettings.named("p"));
    }

    private static ImportReport importAll(ProjectStore store, Path... inputs) throws Exception {
        return imports.importFiles(store, new ImportRequest(List.of(inputs), null, false), new NullProgressMonitor());
    }

    /** Every interaction as channel, id, author, text and original record, in a stable order. */
    private static List<String> interactions(ProjectStore store) throws Exception {
        List<String> out = new ArrayList<>();
        store.query("SELECT channel, source_id, author_handle, text, raw FROM interactions ORDER BY channel, source_id",
                List.of(), r -> out.add(r.get(0) + " | " + r.get(1) + " | " + r.get(2) + " | " + r.get(3) + " | " + r.get(4)));
        return out;
    }

    /** Per format: imported, duplicates, rejected, summed over its files. */
    private static Map<String, List<Long>> countsByFormat(ImportReport r) {
        Map<String, List<Long>> m = new TreeMap<>();
        for (FileReport f : r.files()) {
            m.merge(f.format(), List.of(f.imported(), f.duplicates(), f.rejected()),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2)));
        }
        return m;
    }

    private static Map<String, byte[]> entries(Object... nameAndContent) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            Object c = nameAndContent[i + 1];
            m.put((String) nameAndContent[i], c instanceof Path p ? Files.readAllBytes(p) : c instanceof String s ? utf8(s) : (byte[]) c);
        }
        return m;
    }

    private static byte[] zstd(byte[] content, int windowLog) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream z = new ZstdOutputStream(out)) {
            if (windowLog > 0) {
                z.setLong(windowLog);
            }
            z.write(content);
        }
        return out.toByteArray();
    }

    private static void assertNothingImported(ProjectStore store) throws Exception {
        assertEquals(0, store.summary().interactions());
        assertEquals(List.of(), store.datasets());
    }

    @Test
    void theImportersThatReadContainersThemselvesSaySo() {
        ImporterRegistry registry = services.registry();
        assertEquals(List.of(ChannelImporter.ZST), registry.descriptor("reddit").orElseThrow().containers());
        assertEquals(List.of(ChannelImporter.ZIP), registry.descriptor("x-archive").orElseThrow().containers());
        assertEquals(List.of(), registry.descriptor("rapport-jsonl").orElseThrow().containers());
    }

    @Test
    void aZipOfSeveralFormatsImportsEachEntryWithItsImporterAndTheSameInteractionsAsThePlainFiles(@TempDir Path tmp)
            throws Exception {
        Path plainJsonl = Zips.write(tmp.resolve("plain/interchange/a.jsonl"), jsonl("a", 3));
        Path zip = Zips.write(tmp.resolve("export.zip"), Zips.zip(entries(
                "README.txt", "exported by hand",
                "interchange/", "",
                "interchange/a.jsonl", plainJsonl,
                "mastodon/actor.json", actor(),
                "mastodon/outbox.json", outbox(),
                "reddit/RC_2024-03_nimbalo.ndjson", reddit(),
                "reviews/reviews_com.acme.banking_202503.csv", play(),
                "zendesk/tickets-acme-incremental.json", tickets(),
                "zendesk/ticket_comments-1002.json", ticketComments(),
                "__MACOSX/reddit/._RC_2024-03_nimbalo.ndjson", "\0\5\26\7 resource fork",
                ".hidden/b.jsonl", "not json")));
        try (ProjectStore plain = project(tmp.resolve("p1")); ProjectStore zipped = project(tmp.resolve("p2"))) {
            // in the order of the zip's entries: a ticket and its first comment share an id, the first read is kept
            ImportReport fromFiles = importAll(plain, plainJsonl, outbox(), reddit(), play(), ticketComments(), tickets());
            ImportReport fromZip = importAll(zipped, zip);
            assertTrue(fromZip.committed());
            assertEquals(List.of(zip + "!/interchange/a.jsonl | rapport-jsonl", zip + "!/mastodon/outbox.json | mastodon",
                    zip + "!/reddit/RC_2024-03_nimbalo.ndjson | reddit",
                    zip + "!/reviews/reviews_com.acme.banking_202503.csv | google-play",
                    zip + "!/zendesk/ticket_comments-1002.json | zendesk",
                    zip + "!/zendesk/tickets-acme-incremental.json | zendesk"),
                    fromZip.files().stream().map(f -> f.file() + " | " + f.format()).toList(),
                    "each entry with its importer; notes, folders, __MACOSX and hidden entries are not imported");
            assertEquals(countsByFormat(fromFiles), countsByFormat(fromZip));
            assertEquals(List.of("google-play", "mastodon", "rapport-jsonl", "reddit", "zendesk"),
                    List.copyOf(countsByFormat(fromZip).keySet()));
            assertTrue(countsByFormat(fromZip).values().stream().allMatch(c -> c.get(0) > 0), "every format imported");
            assertEquals(interactions(plain), interactions(zipped),
                    "the same interactions, authors (the Mastodon owner from actor.json beside the outbox) and originals");
            assertEquals(fromZip.files().stream().map(FileReport::file).toList(),
                    zipped.datasets().stream().map(Dataset::file).toList(), "datasets are named after the entries");

            ImportReport again = importAll(zipped, zip);
            assertEquals(List.of(0L, fromZip.imported() + fromZip.duplicates(), 0L),
                    List.of(again.imported(), again.duplicates(), again.rejected()), "re-importing the zip adds nothing");
        }
    }

    @Test
    void compressedFilesAreRecognisedByTheirInnerNameAndContentAndReadDecompressed(@TempDir Path tmp) throws Exception {
        Path gz = Zips.write(tmp.resolve("comments.jsonl.gz"), Zips.gzip(jsonl("g", 4)));
        Path zst = Zips.write(tmp.resolve("reviews_com.acme.banking_202503.csv.zst"), zstd(Files.readAllBytes(play()), 0));
        // a long window, as zstd --long writes, and a name no pattern knows: recognised by the content
        Path unnamed = Zips.write(tmp.resolve("download.zst"), zstd(jsonl("z", 2), 27));
        Path pushshift = Fixtures.file("reddit", "pushshift/RC_2024-03_nimbalo.zst");
        try (ProjectStore plain = project(tmp.resolve("p1")); ProjectStore packed = project(tmp.resolve("p2"))) {
            ImportReport fromPlain = importAll(plain, play(), reddit());
            ImportReport r = importAll(packed, gz, zst, unnamed, pushshift);
            assertEquals(List.of(gz + " | rapport-jsonl | 4", zst + " | google-play | " + fromPlain.files().get(0).imported(),
                    unnamed + " | rapport-jsonl | 2", pushshift + " | reddit | 5"),
                    r.files().stream().map(f -> f.file() + " | " + f.format() + " | " + f.imported()).toList());
            assertTrue(r.files().get(2).recognition().startsWith("recognised as rapport-jsonl by its content"),
                    r.files().get(2).recognition());
            assertEquals(List.of(gz.toString(), zst.toString(), unnamed.toString(), pushshift.toString()),
                    packed.datasets().stream().map(Dataset::file).toList());
        }
        try (ImportPlan plan = services.get(ImportPlanner.class).plan(new ImportRequest(List.of(zst, pushshift), null,
                false), new NullProgressMonitor())) {
            assertEquals(List.of("reviews_com.acme.banking_202503.csv", "RC_2024-03_nimbalo.zst"),
                    plan.units().stream().map(u -> u.input().fileName()).toList(),
                    "the reviews come decompressed; reddit reads its .zst itself (a 2 GB window, compressed progress)");
        }
    }

    @Test
    void foldersOfZipsAndZipsOfZipsAndCompressedEntriesAreOpenedTwoDeep(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("inbox");
        Zips.write(folder.resolve("e.jsonl"), jsonl("e", 1));
        Zips.write(folder.resolve("exports/2024/export.zip"), Zips.zip(entries(
                "c.jsonl.gz", Zips.gzip(jsonl("c", 2)),
                "d.jsonl", jsonl("d", 3),
                "inner.zip", Zips.zip(entries("b.jsonl", jsonl("b", 4))))));
        Zips.write(folder.resolve("exports/2024/notes.zip"), Zips.zip(entries("notes.txt", "nothing to import")));
        Zips.write(folder.resolve("exports/photo.jpg.gz"), Zips.gzip(new byte[] { 1, 2, 3 }));
        Path zip = folder.resolve("exports/2024/export.zip");
        try (ProjectStore store = project(tmp.resolve("p"))) {
            ImportReport r = importAll(store, folder);
            assertEquals(List.of(folder.resolve("e.jsonl") + " | 1", zip + "!/c.jsonl.gz | 2", zip + "!/d.jsonl | 3",
                    zip + "!/inner.zip!/b.jsonl | 4"),
                    r.files().stream().map(f -> f.file() + " | " + f.imported()).toList());
            assertEquals(10, store.summary().interactions());
        }
    }

    @Test
    void anXArchiveZipIsReadWholeWhereverItIsAndEntryByEntryInsideAnotherZip(@TempDir Path tmp) throws Exception {
        Path original = Fixtures.file("xarchive", "twitter-2024-03-01-acmecare.zip");
        Path renamed = Files.copy(original, Files.createDirectories(tmp.resolve("in")).resolve("backup.zip"));
        Path outer = Zips.write(tmp.resolve("outer.zip"), Zips.zip(entries("twitter-2024-03-01-acmecare.zip", original)));
        try (ProjectStore whole = project(tmp.resolve("p1")); ProjectStore nested = project(tmp.resolve("p2"))) {
            ImportReport w = importAll(whole, tmp.resolve("in"));
            assertEquals(List.of(renamed + " | x-archive | 10"),
                    w.files().stream().map(f -> f.file() + " | " + f.format() + " | " + f.imported()).toList());
            assertEquals("read as a whole by x-archive: an X archive: data/tweets.js in the zip", w.files().get(0).recognition());

            ImportReport n = importAll(nested, outer);
            String inner = outer + "!/twitter-2024-03-01-acmecare.zip!/data/";
            assertEquals(List.of(inner + "tweets-part1.js | x-archive", inner + "tweets.js | x-archive"),
                    n.files().stream().map(f -> f.file() + " | " + f.format()).toList(),
                    "inside another zip, an archive is opened entry by entry, like its unpacked folder");
            assertEquals(10, n.imported());
            List<String> sameTweets = new ArrayList<>();
            for (ProjectStore s : List.of(whole, nested)) {
                List<String> rows = new ArrayList<>();
                s.query("SELECT source_id, author_handle, kind, text, thread_id FROM interactions ORDER BY source_id",
                        List.of(), row -> rows.add(row.get(0) + " | " + row.get(1) + " | " + row.get(2) + " | "
                                + row.get(3) + " | " + row.get(4)));
                sameTweets.add(String.join("\n", rows));
            }
            assertEquals(sameTweets.get(0), sameTweets.get(1), "owner, long posts and reply chains from the siblings");
        }
    }

    @Test
    void aZipThatHoldsAnXArchiveAndOtherFormatsIsOpenedEntryByEntrySoNothingIsLeftOut(@TempDir Path tmp) throws Exception {
        Path original = Fixtures.file("xarchive", "twitter-2024-03-01-acmecare.zip");
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        try (ZipFile x = new ZipFile(original.toFile())) {
            for (ZipEntry e : Collections.list(x.entries())) {
                try (InputStream in = x.getInputStream(e)) {
                    mixed.put("twitter/" + e.getName(), in.readAllBytes());
                }
            }
        }
        mixed.put("reddit/RC_2024-03_nimbalo.ndjson", Files.readAllBytes(reddit()));
        Path zip = Zips.write(tmp.resolve("exports.zip"), Zips.zip(mixed));
        try (ProjectStore store = project(tmp.resolve("p"))) {
            ImportReport r = importAll(store, zip);
            assertEquals(List.of(zip + "!/reddit/RC_2024-03_nimbalo.ndjson | reddit | 5",
                    zip + "!/twitter/data/tweets-part1.js | x-archive | " + r.files().get(1).imported(),
                    zip + "!/twitter/data/tweets.js | x-archive | " + r.files().get(2).imported()),
                    r.files().stream().map(f -> f.file() + " | " + f.format() + " | " + f.imported()).toList());
            assertEquals(15, store.summary().interactions(), "the 10 tweets and the 5 Reddit comments");
        }
    }

    @Test
    void aForcedFormatTakesOnlyItsEntries(@TempDir Path tmp) throws Exception {
        Path zip = Zips.write(tmp.resolve("export.zip"), Zips.zip(entries("a.jsonl", jsonl("a", 2),
                "RC_2024-03_nimbalo.ndjson", reddit())));
        Path none = Zips.write(tmp.resolve("reviews.zip"), Zips.zip(entries("reviews_x.csv", play())));
        try (ProjectStore store = project(tmp.resolve("p"))) {
            ImportReport r = imports.importFiles(store, new ImportRequest(List.of(zip), "rapport-jsonl", false),
                    new NullProgressMonitor());
            assertEquals(List.of(zip + "!/a.jsonl"), r.files().stream().map(FileReport::file).toList());
            ImportInputException e = assertThrows(ImportInputException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(none), "rapport-jsonl", false), new NullProgressMonitor()));
            assertEquals(none + ": no importable files in this archive for format rapport-jsonl", e.getMessage());
        }
    }

    @Test
    void aCancelledContainerImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path first = Zips.write(tmp.resolve("first.jsonl"), jsonl("f", 2));
        Path zip = Zips.write(tmp.resolve("export.zip"), Zips.zip(entries("a.jsonl", jsonl("a", 3),
                "b.jsonl.gz", Zips.gzip(jsonl("b", 3)), "c.jsonl", jsonl("c", 3))));
        try (ProjectStore store = project(tmp.resolve("p"))) {
            importAll(store, first);
            List<Dataset> before = store.datasets();
            List<String> interactionsBefore = interactions(store);
            // cancelled when the second entry starts: the first entry's dataset has been written, not committed
            NullProgressMonitor cancelOnSecondEntry = new NullProgressMonitor() {
                private int entries;

                @Override
                public void subTask(String name) {
                    if (++entries == 2) {
                        setCanceled(true);
                    }
                }
            };
            assertThrows(OperationCanceledException.class, () -> imports.importFiles(store,
                    new ImportRequest(List.of(zip), null, false), cancelOnSecondEntry));
            assertEquals(before, store.datasets());
            assertEquals(interactionsBefore, interactions(store));
        }
    }

    /** An archive or compressed file that breaks a safety limit fails the whole import: nothing of it, or of the good file beside it, is imported. */
    private static void assertRefused(Path tmp, Path bad, String message) throws Exception {
        Path good = Zips.write(tmp.resolve("good.jsonl"), jsonl("ok", 2));
        try (ProjectStore store = project(tmp.resolve("p"))) {
            ImportInputException e = assertThrows(ImportInputException.class, () -> importAll(store, good, bad));
            assertEquals(message, e.getMessage());
            assertNothingImported(store);
        }
    }

    @Test
    void aZipSlipEntryRefusesTheArchive(@TempDir Path tmp) throws Exception {
        Path zip = Zips.write(tmp.resolve("slip.zip"), Zips.zip(entries("a.jsonl", jsonl("a", 1),
                "../../.config/autostart/evil.jsonl", jsonl("evil", 1))));
        assertRefused(tmp, zip, zip + ": refused: entry '../../.config/autostart/evil.jsonl' points outside the archive"
                + " (zip-slip)");
    }

    @Test
    void aHighlyCompressibleEntryRefusesTheArchive(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("a.jsonl"));
            z.write(jsonl("a", 1));
            z.putNextEntry(new ZipEntry("data/blank.jsonl"));
            Zips.repeat(z, (byte) '\n', 64L << 20);
            z.closeEntry();
        }
        Path zip = Zips.write(tmp.resolve("bomb.zip"), bytes.toByteArray());
        assertRefused(tmp, zip, zip + ": refused: entry 'data/blank.jsonl' inflates more than 100 times its compressed"
                + " size (the limit past 4 MiB; a zip bomb?)");
    }

    @Test
    void moreEntriesToImportThanTheLimitRefuseTheArchive(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= 10_000; i++) {
                z.putNextEntry(new ZipEntry(String.format("part-%05d.jsonl", i)));
                z.write(utf8(line("m" + i, "x")));
            }
        }
        Path zip = Zips.write(tmp.resolve("many.zip"), bytes.toByteArray());
        assertRefused(tmp, zip, zip + ": refused: 10001 entries to import (the limit per archive is 10000; a zip bomb?)");
    }

    @Test
    void archivesNestedDeeperThanTwoAreRefused(@TempDir Path tmp) throws Exception {
        byte[] c = Zips.zip(entries("x.jsonl", jsonl("x", 1)));
        byte[] b = Zips.zip(entries("c.zip", c));
        Path a = Zips.write(tmp.resolve("a/a.zip"), Zips.zip(entries("b.zip", b)));
        assertRefused(tmp.resolve("a"), a, a + "!/b.zip!/c.zip: refused: containers nested more than 2 deep (the limit;"
                + " a zip bomb?)");
        Path gz = Zips.write(tmp.resolve("g/a.zip"), Zips.zip(entries("b.zip", Zips.zip(entries("x.jsonl.gz",
                Zips.gzip(jsonl("x", 1)))))));
        assertRefused(tmp.resolve("g"), gz, gz + "!/b.zip!/x.jsonl.gz: refused: containers nested more than 2 deep"
                + " (the limit; a zip bomb?)");
    }

    /** 64 MB of the byte, compressed: a few hundred KB at most. */
    private static byte[] compressedBomb(String prefix, byte fill, boolean zstd) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = zstd ? new ZstdOutputStream(bytes) : new GZIPOutputStream(bytes)) {
            out.write(utf8(prefix));
            Zips.repeat(out, fill, 64L << 20);
        }
        return bytes.toByteArray();
    }

    @Test
    void gzipAndZstdBombsAreRefusedWhileTheyInflate(@TempDir Path tmp) throws Exception {
        Path gz = Zips.write(tmp.resolve("gz/comments.jsonl.gz"), compressedBomb(line("a", "a"), (byte) '\n', false));
        assertRefused(tmp.resolve("gz"), gz, gz + ": refused: its content inflates more than 100 times its compressed"
                + " size (the limit past 4 MiB; a decompression bomb?)");
        Path zst = Zips.write(tmp.resolve("zst/comments.jsonl.zst"), compressedBomb(line("a", "a"), (byte) '\n', true));
        assertRefused(tmp.resolve("zst"), zst, zst + ": refused: its content inflates more than 100 times its"
                + " compressed size (the limit past 4 MiB; a decompression bomb?)");
        Path entry = Zips.write(tmp.resolve("zip/export.zip"), Zips.zip(entries("outbox.json.gz",
                compressedBomb("[", (byte) ' ', false))));
        assertRefused(tmp.resolve("zip"), entry, entry + "!/outbox.json.gz: refused: its content inflates more than 100"
                + " times its compressed size (the limit past 4 MiB; a decompression bomb?)");
    }

    /** An importer that takes every read error for a bad record and goes on, as some formats rightly do. */
    private static final class CarelessImporter implements ChannelImporter {
        @Override
        public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) {
            try (InputStream in = input.open()) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                sink.reject(1, 0, "unreadable: " + e.getMessage());
            }
        }
    }

    @Test
    void aRefusalAnImporterTakesForABadRecordStillFailsTheImport(@TempDir Path tmp) throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(ContainerImportTest.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ChannelImporter.ID, "careless");
        properties.put(ChannelImporter.LABEL, "Careless");
        properties.put(ChannelImporter.CHANNEL, "*");
        properties.put(ChannelImporter.FILE_PATTERNS, new String[] { "*.careless" });
        properties.put(ChannelImporter.VERSION, "1");
        ServiceRegistration<ChannelImporter> registration = bc.registerService(ChannelImporter.class,
                new CarelessImporter(), properties);
        try {
            for (int i = 0; i < 100 && services.registry().descriptor("careless").isEmpty(); i++) {
                Thread.sleep(50);
            }
            Path gz = Zips.write(tmp.resolve("notes.careless.gz"), compressedBomb("", (byte) 'x', false));
            try (ProjectStore store = project(tmp.resolve("p"))) {
                assertEquals(gz + ": refused: its content inflates more than 100 times its compressed size (the limit"
                        + " past 4 MiB; a decompression bomb?)",
                        assertThrows(ImportInputException.class, () -> importAll(store, gz)).getMessage());
                assertNothingImported(store);
            }
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aNameThatSaysContainerOfContentThatIsNotIsAClearError(@TempDir Path tmp) throws Exception {
        Path gz = Zips.write(tmp.resolve("comments.jsonl.gz"), jsonl("a", 1));
        assertRefused(tmp, gz, gz + ": not a gzip-compressed file: it is named .gz but does not start with the gzip"
                + " magic number (1f 8b); if a browser decompressed it while downloading, remove the .gz from its name");
        Path zip = Zips.write(tmp.resolve("z/export.zip"), jsonl("a", 1));
        assertRefused(tmp.resolve("z"), zip, zip + ": not a zip archive: it is named .zip but does not start with the zip"
                + " magic number (50 4b 03 04)");
    }

    @Test
    void aTarArchiveIsRefusedWithWhatToDo(@TempDir Path tmp) throws Exception {
        byte[] tar = new byte[1024];
        System.arraycopy(utf8("outbox.json"), 0, tar, 0, 11);
        System.arraycopy(utf8("ustar"), 0, tar, 257, 5);
        Path tgz = Zips.write(tmp.resolve("archive-20240301.tar.gz"), Zips.gzip(tar));
        assertRefused(tmp, tgz, tgz + ": a tar archive, which Rapport does not open; unpack it (tar xf) and import the"
                + " folder");
        assertFalse(Files.exists(tmp.resolve("outbox.json")));
    }
}
