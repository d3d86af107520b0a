package io.rapport.importer.meta.internal;

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

/** The Meta importer through the real registry, import service and DuckDB store, as the CLI uses them. */
class MetaImportTest {
    private static RapportServices services;
    private static ImportService imports;
    private static ProjectStoreProvider projects;
    private static ImporterRegistry registry;

    @BeforeAll
    static void services() {
        services = RapportServices.forTest(MetaImportTest.class);
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

    private static List<Path> ownFiles() {
        return List.of(Fixtures.file("own/acme-page-feed.graph.json"), Fixtures.file("own/your_posts_1.json"),
                Fixtures.file("own/comments.json"), Fixtures.file("own/posts_1.json"),
                Fixtures.file("own/post_comments_1.json"));
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
    void theRegistryListsTheImporterAndItsFileNamesClaimOnlyMetaFiles() {
        ImporterDescriptor d = registry.descriptor("meta").orElseThrow();
        assertEquals("*", d.channel());
        assertEquals("1", d.version());
        for (String name : List.of("your_posts_1.json", "comments.json", "posts_1.json", "post_comments_1.json",
                "reels.json", "profile_posts_1.json", "acme.graph.json", "acme-facebook-feed.json", "instagram-2024.json")) {
            assertTrue(d.matchesFileName(Path.of(name)), name);
            assertEquals("meta", registry.descriptors().stream().filter(x -> x.matchesFileName(Path.of(name)))
                    .findFirst().orElseThrow().id(), name + " is recognised as meta");
        }
        for (String name : List.of("data.json", "outbox.json", "tweets.js", "x.jsonl", "statuses.json", "posts.csv")) {
            assertFalse(d.matchesFileName(Path.of(name)), name);
        }
    }

    @Test
    void ownExportsImportWithCountsPerFileAndExactValues(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, ownFiles(), null, false);
            assertTrue(r.committed());
            List<String> perFile = r.files().stream().map(f -> Path.of(f.file()).getFileName() + " " + f.format() + " "
                    + f.imported() + "/" + f.duplicates() + "/" + f.rejected()).toList();
            assertEquals(List.of("acme-page-feed.graph.json meta 6/0/0", "your_posts_1.json meta 4/0/0",
                    "comments.json meta 3/0/0", "posts_1.json meta 2/0/0", "post_comments_1.json meta 2/0/0"), perFile);
            assertEquals(17, store.summary().interactions());
            assertEquals(List.of(
                    "104857600000001_200000000000001 | post | 104857600000001 | null | 104857600000001_200000000000001 | 2019-01-01T10:00:00Z",
                    "200000000000001_300000000000001 | comment | 5550001 | 104857600000001_200000000000001 | 104857600000001_200000000000001 | 2019-01-02T08:15:00Z",
                    "200000000000001_300000000000002 | reply | 104857600000001 | 200000000000001_300000000000001 | 104857600000001_200000000000001 | 2019-01-02T09:45:30Z",
                    "200000000000001_300000000000003 | comment | anonymous | 104857600000001_200000000000001 | 104857600000001_200000000000001 | 2019-01-02T10:00:00Z",
                    "104857600000001_200000000000002 | post | 104857600000001 | null | 104857600000001_200000000000002 | 2019-01-05T16:20:00Z",
                    "104857600000001_200000000000003 | post | 5550002 | null | 104857600000001_200000000000003 | 2019-01-06T07:05:00Z"),
                    rows(store, "SELECT source_id, kind, author_handle, in_reply_to, thread_id,"
                            + " strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') FROM interactions WHERE channel = 'facebook'"
                            + " AND source_id NOT LIKE 'dyi-%' ORDER BY created_at"));
            assertEquals(List.of("facebook | comment | 5", "facebook | post | 7", "facebook | reply | 1",
                    "instagram | comment | 2", "instagram | post | 2"),
                    rows(store, "SELECT channel, kind, count(*) FROM interactions GROUP BY ALL ORDER BY ALL"));
            assertEquals(List.of("2023-11-14T22:13:20Z | New menu at Acme Café: crème brûlée is back!",
                    "2023-11-15T22:13:20Z | Thank you all 😀🎉 for 10 years!",
                    "2023-11-16T22:13:20Z | Crème brûlée recipe à la maison", "2023-11-17T22:13:20Z | null"),
                    rows(store, "SELECT strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), text FROM interactions"
                            + " WHERE source_line > 0 AND source_id LIKE 'dyi-%' AND channel = 'facebook' AND kind = 'post'"
                            + " ORDER BY created_at"));
            List<String> raw = rows(store, "SELECT raw FROM interactions WHERE source_id = '200000000000001_300000000000002'");
            assertTrue(Files.readString(Fixtures.file("own/acme-page-feed.graph.json")).contains(raw.get(0)),
                    "a nested comment's raw record is its own text in the file");
            List<String> dyiRaw = rows(store, "SELECT raw FROM interactions WHERE text = 'Merci José, à bientôt!'");
            assertTrue(dyiRaw.get(0).contains("Merci Jos\\u00c3\\u00a9"), "the original stays as downloaded: " + dyiRaw);
        }
    }

    @Test
    void reimportingAddsNoDuplicates(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            run(store, ownFiles(), null, false);
            ImportReport again = run(store, ownFiles(), null, false);
            assertEquals(List.of(0L, 17L, 0L), List.of(again.imported(), again.duplicates(), again.rejected()));
            assertEquals(17, store.summary().interactions());
        }
    }

    @Test
    void publicFixturesImport(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            List<Path> files = new ArrayList<>();
            for (String f : List.of("flock_test_images_posts.json", "flock_test_video_posts_1.json",
                    "flock_test_video_reels.json", "restfb_comment-issue286.json", "restfb_photo-comments.json",
                    "restfb_post-attachments.json", "restfb_post-portoguese.json")) {
                files.add(Fixtures.file("public/" + f));
            }
            ImportReport r = run(store, files, "meta", false);
            assertEquals(List.of("1/0/0", "1/0/0", "0/1/0", "1/0/0", "1/0/0", "1/0/0", "1/0/0"), r.files().stream()
                    .map(f -> f.imported() + "/" + f.duplicates() + "/" + f.rejected()).toList(),
                    "the reel is also in posts_1.json: the same derived id");
            assertEquals(List.of("facebook | post | Esse carro é maravilhoso.Deus não nos desampara.Obrigada Senhor.",
                    "instagram | post | Pokemon test video"), rows(store, "SELECT channel, kind, text FROM interactions"
                            + " WHERE text LIKE 'Pokemon%' OR text LIKE 'Esse%' ORDER BY created_at"));
        }
    }

    @Test
    void brokenFilesAreRejectedWithRecordOffsetAndReasonAndValidRecordsKept(@TempDir Path tmp) throws Exception {
        FileReport f = single(tmp, "broken/missing-fields-your_posts.json");
        assertEquals(List.of(2L, 4L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("2: missing required field 'timestamp'", "3: 'timestamp' must be a whole number, not a string",
                "4: record is a number, not a JSON object",
                "5: 'timestamp' is not a time in epoch seconds between 2004 and 2100: 1700000300000"), lines(f.errors()));
        byte[] bytes = Files.readAllBytes(Fixtures.file("broken/missing-fields-your_posts.json"));
        assertEquals('{', bytes[(int) f.errors().get(0).offset()]);
        assertEquals('4', bytes[(int) f.errors().get(2).offset()]);
        String raw = f.errors().get(0).raw();
        assertTrue(raw != null && raw.startsWith("{") && raw.endsWith("}"), "the rejected record's text: " + raw);
        assertEquals(raw, new String(bytes, (int) f.errors().get(0).offset(),
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, java.nio.charset.StandardCharsets.UTF_8),
                "the text is the record as it is in the file, for the Import Log");

        f = single(tmp, "broken/missing-fields.graph.json");
        assertEquals(List.of(2L, 4L), List.of(f.imported(), f.rejected()));
        assertEquals(List.of("1: comment: missing required field 'id'",
                "1: comment: 'created_time' is not a date-time like 2019-01-01T10:00:00+0000: 'tomorrow'",
                "2: missing required field 'id'", "3: missing required field 'created_time'"), lines(f.errors()));

        f = single(tmp, "broken/truncated-your_posts_1.json");
        assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().matches("the file ends at byte \\d+ in the middle of the JSON \\(truncated\\?\\);"
                + " the rest of the file cannot be read"), f.errors().get(0).reason());
        assertEquals(3, f.errors().get(0).line());

        f = single(tmp, "broken/invalid-utf8-comments.json");
        assertEquals(List.of(2L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("Invalid UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/utf16-comments.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("the file is not UTF-8"), f.errors().get(0).reason());

        f = single(tmp, "broken/depth-bomb.graph.json");
        assertEquals(List.of(1L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().contains("nested deeper than 200 levels"), f.errors().get(0).reason());

        f = single(tmp, "broken/not-json-comments.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("invalid JSON or encoding at byte 0"), f.errors().get(0).reason());

        f = single(tmp, "broken/other-format-facebook.json");
        assertEquals(List.of(0L, 1L), List.of(f.imported(), f.rejected()));
        assertTrue(f.errors().get(0).reason().startsWith("not a Facebook or Instagram download record"),
                f.errors().get(0).reason());
    }

    private static FileReport single(Path tmp, String fixture) throws Exception {
        try (ProjectStore store = projects.create(Files.createTempDirectory(tmp, "p").resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file(fixture)), "meta", false);
            assertTrue(r.committed());
            assertEquals(r.imported(), store.summary().interactions());
            return r.files().get(0);
        }
    }

    @Test
    void strictKeepsNothingWhenARecordIsBad(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = projects.create(tmp.resolve("p"), ProjectSettings.named("p"))) {
            ImportReport r = run(store, List.of(Fixtures.file("own/your_posts_1.json"),
                    Fixtures.file("broken/missing-fields-your_posts.json")), "meta", true);
            assertFalse(r.committed());
            assertEquals(4, r.rejected());
            assertEquals(0, store.summary().interactions());
        }
    }
}
