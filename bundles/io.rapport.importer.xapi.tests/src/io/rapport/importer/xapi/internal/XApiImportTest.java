package io.rapport.importer.xapi.internal;

import io.rapport.testsupport.RapportServices;

import static io.rapport.testsupport.Rejections.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The X API v2 importer through the real registry, import service and DuckDB store, as the CLI uses them. */
class XApiImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(XApiImportTest.class);
        imports = services.imports();
        projects = services.projects();
        registry = services.registry();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ImportReport run(ProjectStore store, List<Path> files, String format, boolean strict) throws Exception {
        return imports.importFiles(store, new ImportRequest(files, format, strict), new NullProgressMonitor());
    }

    private static final String FORMAT = "x-api-v2";

    private static List<Path> ownFiles() {
        return List.of(Fixtures.file("own/mentions-march.xapi.json"), Fixtures.file("own/outage.xapi.ndjson"));
    }

    private static List<String> rows(ProjectStore store, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        store.query(sql, List.of(), row -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.columnCount(); i++) {
                b.append(i == 0 ? "" : " | ").append(row.get(i));
            }
            out.add(b.toString());
        });
        return out;
    }

    @Test
    void theRegistryListsTheImporterAndItsFileNames() {
        ImporterDescriptor d = registry.descriptor(FORMAT).orElseThrow();
        assertEquals("x", d.channel());
        for (String name : List.of("mentions.xapi.json", "tweets_v2_search.json", "page.xapi.ndjson", "tweets_v2.ndjson")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
        }
        assertEquals(FORMAT, registry.descriptors().stream().filter(x -> x.matchesFileName(Path.of("a.xapi.json")))
                .findFirst().orElseThrow().id());
        for (String name : List.of("data.json", "tweets.js", "tweet.json", "x.jsonl", "statuses.json")) {
            assertFalse(d.matchesFileName(Path.of(name)), name);
        }
    }

    @Test
    void pagesAsArrayAndAsNdjsonImportWithAuthorsResolvedAndThreadsLinked(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            // recognised by name: '*.xapi.ndjson' names the file more specifically than reddit's '*.ndjson'
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            assertEquals(List.of("mentions-march.xapi.json 5/1/0", "outage.xapi.ndjson 4/0/0"), r.files().stream()
                    .map(f -> Path.of(f.file()).getFileName() + " " + f.imported() + "/" + f.duplicates() + "/"
                            + f.rejected()).toList(), "the retweeted tweet is also in includes.tweets: a duplicate");
            assertEquals(List.of(
                    "1700000000000000001 | mention | kimlee | Kim Lee | null | 1700000000000000001 | 2024-03-01T09:00:00Z | 2 | 0 | 1 | [AcmeSupport]",
                    "1700000000000000002 | reply | AcmeSupport | Acme Support | 1700000000000000001 | 1700000000000000001 | 2024-03-01T09:12:30Z | 1 | 0 | 1 | [kimlee]",
                    "1700000000000000003 | reply | kimlee | Kim Lee | 1700000000000000002 | 1700000000000000001 | 2024-03-01T09:20:00Z | 0 | 0 | 0 | [AcmeSupport]",
                    "1700000000000000004 | post | rajp | Raj Patel | null | 1700000000000000004 | 2024-03-02T13:00:00Z | 10 | 3 | 0 | null",
                    "1700000000000000005 | share | zoe_green | Zoë 🌱 | null | 1700000000000000005 | 2024-03-02T15:00:00Z | 0 | 0 | 0 | [rajp]",
                    "1700000000000000010 | mention | zoe_green | Zoë 🌱 | null | 1700000000000000010 | 2024-03-05T08:00:00Z | 0 | 0 | 0 | [AcmeSupport]",
                    "1700000000000000011 | reply | rajp | Raj Patel | 1700000000000000010 | 1700000000000000010 | 2024-03-05T08:03:00Z | 0 | 0 | 0 | null",
                    "1700000000000000012 | reply | AcmeSupport | Acme Support | 1700000000000000010 | 1700000000000000010 | 2024-03-05T08:30:00Z | 0 | 0 | 0 | [zoe_green]",
                    "1700000000000000013 | post | kimlee | Kim Lee | null | 1700000000000000013 | 2024-03-05T09:00:00Z | 0 | 0 | 0 | null"),
                    rows(store, "SELECT source_id, kind, author_handle, author_name, in_reply_to, thread_id,"
                            + " strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), likes, shares, replies, mentions"
                            + " FROM interactions ORDER BY source_id"));
            assertEquals(List.of("de | Same here, seit heute früh 😕 | https://x.com/rajp/status/1700000000000000011"),
                    rows(store, "SELECT language, text, url FROM interactions WHERE source_id = '1700000000000000011'"));
            String raw = rows(store, "SELECT raw FROM interactions WHERE source_id = '1700000000000000002'").get(0);
            assertTrue(raw.startsWith("{") && raw.endsWith("}") && raw.contains("\"author_id\": \"1000\""), raw);
            assertTrue(Files.readString(Fixtures.file("own/mentions-march.xapi.json")).contains(raw));
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), FORMAT, false);
            ImportReport again = run(store, ownFiles(), FORMAT, false);
            assertEquals(List.of(0L, 10L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(9, store.summary().interactions());
        }
    }

    @Test
    void publicFixtures(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "public/pytwitter_tweet_quote_tweets_resp.json");
        assertEquals(List.of(15L, 0L), List.of(f.imported(), f.rejected()), "every author is in includes.users");
        f = single(tmp, "public/twitter4s_tweets.json");
        assertEquals(List.of(0L, 2L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("1: data[0]: 'author_id' 6338724728067829004 is not in the response's 'includes.users'"
                + " (request expansions=author_id)", "1: includes.tweets[0]: missing required field 'created_at'"
                + " (request tweet.fields=created_at)"), lines(f.errors()));
        f = single(tmp, "public/twitter4s_users.json");
        assertEquals("1: data[0]: is a user object, not a tweet (a users lookup response?)", lines(f.errors()).get(0));
    }

    @Test
    void brokenFilesAreRejectedWithRecordOffsetAndReasonAndValidRecordsKept(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/missing-fields.xapi.json");
        assertEquals(List.of(2L, 5L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("1: data[1]: missing required field 'id'",
                "1: data[2]: missing required field 'created_at' (request tweet.fields=created_at)",
                "1: data[3]: 'author_id' 9999 is not in the response's 'includes.users' (request expansions=author_id)",
                "1: data[4]: 'created_at' is not an ISO-8601 date-time: 'March 1st'",
                "1: data[5] is a string, not a JSON object"), lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/missing-fields.xapi.json"));
        assertEquals('{', bytes[(int) f.errors().get(0).offset()], "the offset is the tweet's first byte");

        f = single(tmp, "broken/bad-line.xapi.ndjson");
        assertEquals(List.of(4L, 2L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: invalid JSON or encoding in the response: Unexpected end-of-input in VALUE_STRING",
                "3: not an X API v2 response: expected an object with 'data', 'includes' or 'meta'"), lines(f.errors()));

        f = single(tmp, "broken/invalid-utf8.xapi.ndjson");
        assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("Invalid UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/truncated.xapi.json");
        assertEquals(List.of(3L, 1L), List.of(f.imported(), f.rejected()));
        assertEquals(2, f.errors().get(0).line());
        assertTrue(f.errors().get(0).reason().matches("the file ends at byte \\d+ in the middle of the JSON \\(truncated\\?\\);"
                + " the rest of the file cannot be read"), f.errors().get(0).reason());

        f = single(tmp, "broken/depth-bomb.xapi.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("nested deeper than 100 levels"), f.errors().get(0).reason());

        f = single(tmp, "broken/utf16.xapi.json");
        assertTrue(f.errors().get(0).reason().startsWith("the file is not UTF-8"), f.errors().get(0).reason());
        f = single(tmp, "broken/not-json.xapi.json");
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte 0"), f.errors().get(0).reason());
        f = single(tmp, "broken/other-format.xapi.json");
        assertEquals(List.of("1: not an X API v2 response: expected an object with 'data', 'includes' or 'meta'"),
                lines(f.errors()));
    }

    private static FileReport single(Path tmp, String fixture) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), FORMAT, false);
            assertTrue(r.committed());
            assertEquals(r.imported(), store.summary().interactions());
            return r.files().get(0);
        }
    }

    @Test
    void strictKeepsNothingWhenARecordIsBad(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file("own/mentions-march.xapi.json"),
                    Fixtures.file("broken/missing-fields.xapi.json")), FORMAT, true);
            assertFalse(r.committed());
            assertEquals(0, store.summary().interactions());
        }
    }

    @Test
    void aFileNamedLikeAnotherFormatIsRecognisedByItsContentAndTheReportSaysWhy(@TempDir Path tmp) throws Exception {
        // '*.ndjson' is reddit's pattern, but these lines are X API v2 responses
        Path pages = Files.copy(Fixtures.file("own/outage.xapi.ndjson"), tmp.resolve("pages.ndjson"));
        Path folder = Files.createDirectories(tmp.resolve("exports"));
        Files.copy(Fixtures.file("own/mentions-march.xapi.json"), folder.resolve("march.json"));
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(pages), null, false);
            FileReport f = r.files().get(0);
            assertEquals("x-api-v2", f.format());
            assertEquals(4, f.imported());
            assertTrue(f.recognition().startsWith("recognised as x-api-v2 by its content: an X API v2 response")
                    && f.recognition().contains("its name suggests reddit"), f.recognition());
            ImportReport byName = run(store, List.of(Fixtures.file("own/mentions-march.xapi.json")), null, false);
            assertEquals(null, byName.files().get(0).recognition(), "named by one importer and not denied: no note");
            // in a folder, files that no importer names (march.json) are left alone: folders hold other things too
            io.rapport.core.importer.ImportInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.rapport.core.importer.ImportInputException.class, () -> run(store, List.of(folder), null, false));
            assertTrue(e.getMessage().endsWith("no importable files in this directory"), e.getMessage());
            // given by name, the same file is recognised by its content
            FileReport march = run(store, List.of(folder.resolve("march.json")), null, false).files().get(0);
            assertEquals("x-api-v2", march.format());
            assertTrue(march.recognition().startsWith("recognised as x-api-v2 by its content"), march.recognition());
        }
    }
}
