package io.rapport.importer.xarchive.internal;

import static io.rapport.importer.xarchive.internal.ImportServices.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The X archive importer through the real import service, registry and DuckDB store. */
class XArchiveImportTest {
    private static ImportServices services;

    @BeforeAll
    static void services() throws InterruptedException {
        services = new ImportServices();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<Long> counts(FileReport f) {
        return List.of(f.imported(), f.duplicates(), f.rejected());
    }

    @Test
    void theRegistryListsTheImporterFromItsProperties() {
        ImporterDescriptor d = services.registry.descriptor("x-archive").orElseThrow();
        assertEquals(List.of("tweets.js", "tweet.js", "tweets-part*.js", "twitter-*.zip"), d.filePatterns());
        assertEquals("x", d.channel());
        assertTrue(services.registry.importer("x-archive").orElseThrow() instanceof XArchiveImporter);
    }

    @Test
    void theDataFolderImportsEachTweetsPartAndMapsEveryField(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportReport r = services.importFiles(store, false, Fixtures.acmeData());
            assertTrue(r.committed());
            assertEquals(List.of("tweets-part1.js", "tweets.js"),
                    r.files().stream().map(f -> Path.of(f.file()).getFileName().toString()).toList(),
                    "account.js, manifest.js, note-tweet.js and deleted-tweets.js are read beside, not imported");
            assertEquals(List.of(3L, 0L, 0L), counts(r.files().get(0)));
            assertEquals(List.of(7L, 0L, 0L), counts(r.files().get(1)));
            assertEquals(List.of(
                    "1737000000000000001 | post | null | 1737000000000000001 | 5 | 2 | en | null",
                    "1737000000000000002 | reply | 1737000000000000001 | 1737000000000000001 | 0 | 0 | en | null",
                    // a self-reply in tweets.js to one in tweets-part1.js: the thread is the root in part 1
                    "1737000000000000004 | reply | 1737000000000000002 | 1737000000000000001 | 2 | 0 | en | null",
                    "1737300000000000005 | reply | 1737290000000000999 | 1737290000000000999 | 0 | 0 | en | dana_w",
                    "1749000000000000002 | reply | 1748990000000000100 | 1748990000000000100 | 1 | 0 | en | kim_r",
                    // answers our own reply to Kim: same conversation as the customer's tweet outside the archive
                    "1749000000000000003 | reply | 1749000000000000002 | 1748990000000000100 | 0 | 0 | en | kim_r",
                    "1751000000000000004 | share | null | 1751000000000000004 | 0 | 120 | en | acme",
                    "1755000000000000005 | mention | null | 1755000000000000005 | 3 | 0 | en | jo_bloggs,sam_k",
                    // the long post mentions only the owner itself: a post, not a mention
                    "1758101010000000006 | post | null | 1758101010000000006 | 41 | 18 | en | AcmeCare",
                    "1762104001000000007 | post | null | 1762104001000000007 | 7 | 1 | de | null"),
                    rows(store, "SELECT source_id, kind, in_reply_to, thread_id, likes, shares, language,"
                            + " array_to_string(mentions, ',') FROM interactions ORDER BY source_id"));
            assertEquals(List.of("x | AcmeCare | Acme Care | null | 2024-01-20T14:05:31Z"
                    + " | https://x.com/AcmeCare/status/1749000000000000002"
                    + " | @kim_r Sorry to hear that, Kim! We're checking with the courier right now."),
                    rows(store, "SELECT channel, author_handle, author_name, author_role,"
                            + " strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), url, text FROM interactions"
                            + " WHERE source_id = '1749000000000000002'"));
            assertEquals(List.of("Thanks @jo_bloggs & @sam_k for the feedback <3 \u2014 we read every message.",
                    "RT @acme: New stores in Leeds & Bristol open this Friday! https://t.co/Le3dsBr1st"),
                    rows(store, "SELECT text FROM interactions WHERE source_id IN"
                            + " ('1755000000000000005', '1751000000000000004') ORDER BY source_id DESC"));
            String longPost = rows(store, "SELECT text FROM interactions WHERE source_id = '1758101010000000006'").get(0);
            assertTrue(longPost.startsWith("We're changing how returns work from 1 March.")
                    && longPost.endsWith("Questions? Reply here or DM @AcmeCare & we'll help."), longPost);
            assertEquals(List.of("2023-12-19T10:00:00Z | Our help desk hours over the holidays: 24 Dec 9\u201313,"
                    + " 25\u201326 Dec closed, 31 Dec 9\u201313. \uD83C\uDF84"),
                    rows(store, "SELECT strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), text FROM interactions"
                            + " WHERE source_id = '1737000000000000001'"));
        }
    }

    @Test
    void eachOriginalRecordIsKeptByteForByteAtItsOffset(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            services.importFiles(store, false, Fixtures.acmeData().resolve("tweets.js"));
            byte[] file = Files.readAllBytes(Fixtures.acmeData().resolve("tweets.js"));
            List<String> checked = new java.util.ArrayList<>();
            store.query("SELECT source_id, source_line, source_offset, raw FROM interactions ORDER BY source_line",
                    List.of(), row -> {
                        byte[] raw = ((String) row.get(3)).getBytes(StandardCharsets.UTF_8);
                        int offset = ((Number) row.get(2)).intValue();
                        assertTrue(Arrays.equals(raw, Arrays.copyOfRange(file, offset, offset + raw.length)),
                                "record " + row.get(1) + " differs from the file at byte " + offset);
                        assertTrue(raw[0] == '{' && raw[raw.length - 1] == '}');
                        checked.add(row.get(1) + ":" + row.get(0));
                    });
            assertEquals(7, checked.size());
            assertEquals("1:1762104001000000007", checked.get(0));
        }
    }

    @Test
    void theZipAsDownloadedImportsEveryPartAndReimportsAddNothing(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportReport zip = services.importFiles(store, false, Fixtures.acmeZip());
            assertEquals(1, zip.files().size());
            assertEquals("x-archive", zip.files().get(0).format());
            assertEquals(List.of(10L, 0L, 0L), counts(zip.files().get(0)));
            ImportReport again = services.importFiles(store, false, Fixtures.acmeZip());
            assertEquals(List.of(0L, 10L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            ImportReport folder = services.importFiles(store, false, Fixtures.acmeData());
            assertEquals(List.of(0L, 10L, 0L), List.of(folder.imported(), folder.duplicates(), folder.rejected()),
                    "the unpacked folder holds the same tweets as the zip");
            assertEquals(10, store.summary().interactions());
            // records are numbered across the zip's parts, tweets.js first
            assertEquals(List.of("1737000000000000001 | 10", "1762104001000000007 | 1"),
                    rows(store, "SELECT source_id, source_line FROM interactions WHERE source_id IN"
                            + " ('1737000000000000001', '1762104001000000007') ORDER BY source_id"));
        }
    }

    @Test
    void theRealPublicArchiveSampleImportsWithItsOwnerFromTheManifest(@TempDir Path tmp) throws Exception {
        Path tweets = Fixtures.dir().resolve("public/twitter-archive/data/tweets.js");
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            ImportReport r = services.importFiles(store, false, tweets);
            assertEquals(List.of(28L, 0L, 0L), counts(r.files().get(0)));
            assertEquals(List.of("darkliquid | 28 | 23 | 1"),
                    rows(store, "SELECT any_value(author_handle), count(*), count(*) FILTER (kind = 'reply'),"
                            + " count(*) FILTER (kind = 'share') FROM interactions"));
            assertEquals(List.of("reply | 1628894722889601024 | 2023-02-24T06:58:32Z | RPDeshaies"
                    + " | @RPDeshaies Pretty much anything by Bal-Sagoth"
                    + " | https://x.com/darkliquid/status/1629012888185610242"),
                    rows(store, "SELECT kind, in_reply_to, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'),"
                            + " array_to_string(mentions, ','), text, url FROM interactions"
                            + " WHERE source_id = '1629012888185610242'"));
            assertEquals(List.of("@SEGA Sonic 3 & Knuckles"),
                    rows(store, "SELECT text FROM interactions WHERE text LIKE '%Knuckles%'"));
        }
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas(@TempDir Path tmp) throws Exception {
        Path many = Fixtures.archive(tmp.resolve("many"), Fixtures.generatedTweets(5000));
        try (ProjectStore store = services.newProject(tmp.resolve("p"))) {
            services.importFiles(store, false, Fixtures.acmeData().resolve("tweets-part1.js"));
            NullProgressMonitor cancelling = new NullProgressMonitor() {
                private int calls;

                @Override
                public boolean isCanceled() {
                    return ++calls > 3; // part-way through the file
                }
            };
            assertThrows(OperationCanceledException.class, () -> services.importFiles(store, false, cancelling, many));
            assertEquals(3, store.summary().interactions());
            assertEquals(1, store.datasets().size());
            ImportReport r = services.importFiles(store, false, many);
            assertEquals(5000, r.imported(), "the same file imports in full when not cancelled");
        }
    }
}
