package io.rapport.store.duckdb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.project.ProjectSettingsFile;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectLockedException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.core.store.ScoreWriter;
import io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class ProjectStoreTest {
    private final DuckDbProjectStoreProvider provider = new DuckDbProjectStoreProvider();

    private static List<List<Object>> rows(ProjectStore store, String sql, Object... params) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        store.query(sql, List.of(params), r -> {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.columnCount(); i++) {
                row.add(r.get(i));
            }
            out.add(row);
        });
        return out;
    }

    private static Dataset importRecords(ProjectStore store, String file, List<Interaction> records) throws Exception {
        try (ImportTransaction tx = store.beginImport()) {
            DatasetWriter w = tx.beginDataset(file, "rapport-jsonl");
            int line = 1;
            for (Interaction r : records) {
                w.accept(r, Records.raw(r), line++, 0);
            }
            Dataset d = w.finish();
            tx.commit();
            return d;
        }
    }

    @Test
    void aNewProjectIsADirectoryWithReadableSettingsAndOneDatabase(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("acme");
        ProjectSettings settings = new ProjectSettings("Acme", List.of(AccountRef.parse("x:acmehelp")),
                List.of(StaffMember.parse("x:jdoe:support")), List.of(OwnedSpace.parse("reddit:r/acme")));
        try (ProjectStore store = provider.create(dir, settings)) {
            assertEquals(dir.toAbsolutePath(), store.directory());
            assertEquals(8, store.schemaVersion());
        }
        assertTrue(Files.readString(dir.resolve("rapport-project.json")).contains("\"acmehelp\""));
        assertTrue(Files.isRegularFile(dir.resolve("project.duckdb")));
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(settings, store.settings());
            assertEquals(0, store.summary().interactions());
            assertNull(store.summary().firstInteraction());
        }
        ProjectException e = assertThrows(ProjectException.class, () -> provider.create(dir, settings));
        assertTrue(e.getMessage().contains("already holds one"), e.getMessage());
        e = assertThrows(ProjectException.class, () -> provider.open(tmp));
        assertTrue(e.getMessage().startsWith("No project at " + tmp.toAbsolutePath()), e.getMessage());
    }

    @Test
    void anImportIsVisibleOnlyOnceCommitted(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("t"))) {
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("a.jsonl", "rapport-jsonl");
                Interaction r = Records.post("x", "1", "alice", "hello");
                w.accept(r, Records.raw(r), 1, 0);
                w.finish();
                // closed without commit: a failed or cancelled import
            }
            assertEquals(0, store.summary().interactions());
            assertEquals(List.of(), store.datasets());
            Dataset d = importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "hello")));
            assertEquals(1, d.imported());
            assertEquals(1, store.summary().interactions());
            assertEquals(List.of(d.id()), store.datasets().stream().map(Dataset::id).toList());
        }
    }

    @Test
    void reimportingAddsNoDuplicatesAndKeepsTheFirstOccurrence(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("t"))) {
            Dataset first = importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "first"),
                    Records.post("x", "1", "alice", "same id later in the file"), Records.post("reddit", "1", "bob", "other channel")));
            assertEquals(2, first.imported());
            assertEquals(1, first.duplicates());
            Dataset again = importRecords(store, "b.jsonl", List.of(Records.post("x", "1", "alice", "overlap"),
                    Records.post("x", "2", "carol", "new")));
            assertEquals(1, again.imported());
            assertEquals(1, again.duplicates());
            assertEquals(List.of(List.of("reddit", "1", "other channel"), List.of("x", "1", "first"), List.of("x", "2", "new")),
                    rows(store, "SELECT channel, source_id, text FROM interactions ORDER BY channel, source_id"));
            List<Dataset> ds = store.datasets();
            assertEquals(List.of(2L, 1L), ds.stream().map(Dataset::imported).toList());
            assertEquals(List.of(1L, 1L), ds.stream().map(Dataset::duplicates).toList());
        }
    }

    /**
     * Records reach DuckDB in batches through a table function, their mentions as JSON text: handles with quotes,
     * backslashes, control characters and emoji come back as they were, and every one of several thousand
     * records (more than one batch and one DuckDB vector, some batches partly filled) arrives exactly once.
     */
    @Test
    void everyRecordAndEveryMentionArrivesAsItWas(@TempDir Path dir) throws Exception {
        List<String> odd = List.of("we\"ird", "back\\slash", "tab\tand\nnewline", "nul\u0000", "emoji👍", "é");
        List<Interaction> records = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Interaction.Builder b = Interaction.builder().channel("x").sourceId("m" + i).kind(InteractionKind.POST)
                    .authorHandle("a" + (i % 7)).createdAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i))
                    .text("text " + i);
            b.mentions(i % 3 == 0 ? odd : i % 3 == 1 ? List.of("h" + i) : List.of());
            records.add(b.build());
        }
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("t"))) {
            importRecords(store, "many.jsonl", records);
            assertEquals(List.of(List.of(5000L, 5000L, 1L, 5000L)), rows(store, "SELECT count(*), count(DISTINCT source_id),"
                    + " min(source_line), max(source_line) FROM interactions"));
            assertEquals(odd.stream().map(h -> List.<Object>of(h)).toList(),
                    rows(store, "SELECT unnest(mentions) FROM interactions WHERE source_id = 'm3'"));
            assertEquals(List.of(List.of("h4")), rows(store, "SELECT unnest(mentions) FROM interactions WHERE source_id = 'm4'"));
            assertEquals(List.of(List.of(true)), rows(store, "SELECT mentions IS NULL FROM interactions WHERE source_id = 'm5'"));
            assertEquals(List.of(List.of(1667L)), rows(store, "SELECT count(*) FROM interactions WHERE len(mentions) = 6"));
        }
    }

    @Test
    void mappedFieldsAndTheOriginalRecordAreKept(@TempDir Path dir) throws Exception {
        String raw = "{\"channel\":\"app-store\",\"id\":\"r-9\",\"text\":\"Fantastique 👍 \\u00e9t\\u00e9\",  \"extra\":{\"a\":[1,2]}}";
        Interaction review = Interaction.builder().channel("app-store").sourceId("r-9").kind(InteractionKind.REVIEW)
                .authorHandle("Zoë").authorName("Zoë K.").authorRole(ActorRole.CUSTOMER)
                .createdAt(Instant.parse("2025-12-31T23:59:59.123456Z")).text("Fantastique 👍 été").rating(2)
                .likes(3L).shares(0L).language("fr").mentions(List.of("acmehelp", "support")).threadId("r-9")
                .url("https://apps.example/r-9").build();
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("t"))) {
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("reviews.jsonl", "rapport-jsonl");
                w.accept(review, raw, 7, 1234);
                w.reject(8, 1400, "invalid JSON: Unexpected end-of-input (column 12)");
                Dataset d = w.finish();
                assertEquals(1, d.rejected());
                tx.commit();
            }
            List<List<Object>> r = rows(store, "SELECT raw, text, rating, likes, replies, author_name, author_role, "
                    + "epoch_us(created_at), mentions::VARCHAR, source_line, source_offset, language FROM interactions");
            assertEquals(raw, r.get(0).get(0), "the original record, byte for byte");
            assertEquals("Fantastique 👍 été", r.get(0).get(1));
            assertEquals(2, ((Number) r.get(0).get(2)).intValue());
            assertEquals(3L, ((Number) r.get(0).get(3)).longValue());
            assertNull(r.get(0).get(4));
            assertEquals("Zoë K.", r.get(0).get(5));
            assertEquals("customer", r.get(0).get(6));
            assertEquals(Instant.parse("2025-12-31T23:59:59.123456Z").toEpochMilli() * 1000 + 456, ((Number) r.get(0).get(7)).longValue());
            assertEquals("[acmehelp, support]", r.get(0).get(8));
            assertEquals(List.of(7L, 1234L), List.of(((Number) r.get(0).get(9)).longValue(), ((Number) r.get(0).get(10)).longValue()));
            assertEquals("fr", r.get(0).get(11));
            long datasetId = store.datasets().get(0).id();
            assertEquals(List.of(new RecordError(8, 1400, "invalid JSON: Unexpected end-of-input (column 12)")),
                    store.importErrors(datasetId));
        }
    }

    @Test
    void rolesComeFromTheSourceOrTheSettingsAndFollowSettingsChanges(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, new ProjectSettings("t", List.of(AccountRef.parse("x:AcmeHelp")),
                List.of(StaffMember.parse("x:jdoe:product")), List.of()))) {
            Interaction dev = Interaction.builder().channel("google-play").sourceId("d1").kind(InteractionKind.REPLY)
                    .authorHandle("Acme Developer").authorRole(ActorRole.OUR_ACCOUNT).createdAt(Instant.EPOCH).build();
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "@acmehelp", "brand"),
                    Records.post("x", "2", "JDoe", "staff"), Records.post("x", "3", "kim", "customer"), dev));
            String sql = "SELECT source_id, role, department, direction FROM interactions_v ORDER BY channel, source_id";
            assertEquals(List.of(List.of("d1", "our_account", "outbound"), List.of("1", "our_account", "outbound"),
                    List.of("2", "staff", "product", "outbound"), List.of("3", "customer", "inbound")),
                    rows(store, sql).stream().map(r -> r.stream().filter(v -> v != null).toList()).toList());
            store.updateSettings(new ProjectSettings("t", List.of(), List.of(StaffMember.parse("x:kim:sales")), List.of()));
            assertEquals(List.of(List.of("d1", "our_account", "outbound"), List.of("1", "customer", "inbound"),
                    List.of("2", "customer", "inbound"), List.of("3", "staff", "sales", "outbound")),
                    rows(store, sql).stream().map(r -> r.stream().filter(v -> v != null).toList()).toList());
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(List.of(StaffMember.parse("x:kim:sales")), store.settings().staff(), "settings file updated");
        }
    }

    @Test
    void aProjectMadeBySchemaVersionOneOpensMigratedWithItsData(@TempDir Path dir) throws Exception {
        V1Project.create(dir, "Old project", List.of(Records.post("x", "1", "alice", "from an old build")));
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(8, store.schemaVersion());
            assertEquals(List.of(List.of("1", "from an old build", "inbound")),
                    rows(store, "SELECT source_id, text, direction FROM interactions_v"));
            assertEquals(List.of(List.of(Records.raw(Records.post("x", "1", "alice", "from an old build")))),
                    rows(store, "SELECT raw FROM originals"), "the original record, kept whole by the old build");
            assertEquals(1, store.datasets().size());
            assertEquals(List.of(), store.importErrors(store.datasets().get(0).id()));
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(List.of(List.of(1, 8)), rows(store, "SELECT min(version), max(version) FROM rapport_schema"),
                    "each migration recorded once");
        }
    }

    @Test
    void aProjectFromANewerBuildIsRefused(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("future"))) {
            store.query("INSERT INTO rapport_schema VALUES (99, now()::TIMESTAMP) RETURNING version", List.of(), r -> { });
        }
        ProjectException e = assertThrows(ProjectException.class, () -> provider.open(dir));
        assertTrue(e.getMessage().contains("'future'") && e.getMessage().contains("schema version 99 is newer"), e.getMessage());
    }

    @Test
    void aProjectOpenInThisProcessIsNotOpenedTwice(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("once"))) {
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> provider.open(dir));
            assertTrue(e.getMessage().contains("'once'") && e.getMessage().contains("already open"), e.getMessage());
        }
        provider.open(dir).close();
    }

    @Test
    void aProjectWhoseDatabaseIsGoneIsNotSilentlyRecreatedEmpty(@TempDir Path dir) throws Exception {
        provider.create(dir, ProjectSettings.named("lost")).close();
        Files.delete(dir.resolve("project.duckdb"));
        ProjectException e = assertThrows(ProjectException.class, () -> provider.open(dir));
        assertTrue(e.getMessage().endsWith("its database project.duckdb is missing"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("project.duckdb")), "no empty database was created");
    }

    @Test
    void settingsFileIsTheOneTheCoreReads(@TempDir Path dir) throws Exception {
        provider.create(dir, ProjectSettings.named("same")).close();
        assertEquals("same", new ProjectSettingsFile().read(dir.resolve("rapport-project.json")).name());
    }

    @Test
    void sentimentScoresLandAtCommitOnlyAndPerModelKey(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("scores"))) {
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "great")));
            try (ScoreWriter w = store.beginScores("vader@3.3.2")) {
                w.score("x", "1", 0.62);
                assertThrows(ProjectException.class, () -> store.beginScores("other@1"), "one writer at a time");
            }
            assertEquals(List.of(List.of(0L)), rows(store, "SELECT count(*) FROM sentiment_scores"),
                    "closed without commit: nothing");
            try (ScoreWriter w = store.beginScores("vader@3.3.2")) {
                w.score("x", "1", 0.62);
                w.commit();
            }
            try (ScoreWriter w = store.beginScores("other@1")) {
                w.score("x", "1", -0.5);
                w.commit();
            }
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(List.of(List.of("other@1", -0.5), List.of("vader@3.3.2", 0.62)),
                    rows(store, "SELECT model, score FROM sentiment_scores ORDER BY model"));
        }
    }

    @Test
    void aQueryDuringAnImportSeesOnlyCommittedRows(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("isolation"))) {
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "one")));
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("b.jsonl", "rapport-jsonl");
                Interaction r = Records.post("x", "2", "bob", "two");
                w.accept(r, Records.raw(r), 1, 0);
                w.finish();
                assertEquals(List.of(List.of(1L)), rows(store, "SELECT count(*) FROM interactions"));
                tx.commit();
            }
            assertEquals(List.of(List.of(2L)), rows(store, "SELECT count(*) FROM interactions"));
        }
    }

    @Test
    void aRejectedRecordKeepsItsTextUpToTheLimit(@TempDir Path dir) throws Exception {
        String huge = "{\"text\":\"" + "x".repeat(RecordError.MAX_RAW_CHARS) + "\"}";
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("errors"))) {
            try (ImportTransaction tx = store.beginImport()) {
                DatasetWriter w = tx.beginDataset("bad.jsonl", "rapport-jsonl");
                w.reject(1, 0, "missing required field 'id'", "{\"channel\":\"x\"}");
                w.reject(2, 19, "line too long", huge);
                w.reject(3, 99, "no text at hand");
                w.finish();
                tx.commit();
            }
            List<RecordError> errors = store.importErrors(store.datasets().get(0).id());
            assertEquals("{\"channel\":\"x\"}", errors.get(0).raw());
            assertEquals(RecordError.MAX_RAW_CHARS + RecordError.TRUNCATED.length(), errors.get(1).raw().length());
            assertTrue(errors.get(1).raw().endsWith(RecordError.TRUNCATED));
            assertNull(errors.get(2).raw());
        }
    }

    @Test
    void aDerivedTableIsRebuiltOnlyWhenTheDataOrItsDefinitionChange(@TempDir Path dir) throws Exception {
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("derived"))) {
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "one")));
            String sql = "SELECT count(*) AS n, random() AS build FROM interactions WHERE channel = ?";
            store.materialize("derived_counts", "v1", sql, List.of("x"));
            List<List<Object>> first = rows(store, "SELECT n, build FROM derived_counts");
            assertEquals(1L, first.get(0).get(0));
            store.materialize("derived_counts", "v1", sql, List.of("x"));
            assertEquals(first, rows(store, "SELECT n, build FROM derived_counts"), "nothing changed: not rebuilt");
            importRecords(store, "b.jsonl", List.of(Records.post("x", "2", "bob", "two")));
            store.materialize("derived_counts", "v1", sql, List.of("x"));
            assertEquals(2L, rows(store, "SELECT n FROM derived_counts").get(0).get(0), "rebuilt after an import");
            List<List<Object>> afterImport = rows(store, "SELECT n, build FROM derived_counts");
            store.updateSettings(ProjectSettings.named("renamed"));
            store.materialize("derived_counts", "v1", sql, List.of("x"));
            assertEquals(afterImport, rows(store, "SELECT n, build FROM derived_counts"),
                    "a new name but the same accounts, staff and spaces: not rebuilt");
            store.updateSettings(new ProjectSettings("renamed", List.of(AccountRef.parse("x:acme")), List.of(),
                    List.of()));
            store.materialize("derived_counts", "v1", sql, List.of("x"));
            assertTrue(!afterImport.equals(rows(store, "SELECT n, build FROM derived_counts")),
                    "rebuilt after new settings");
            List<List<Object>> afterSettings = rows(store, "SELECT n, build FROM derived_counts");
            store.materialize("derived_counts", "v2", sql, List.of("x"));
            assertTrue(!afterSettings.equals(rows(store, "SELECT n, build FROM derived_counts")),
                    "rebuilt for another definition");
            List<List<Object>> before = rows(store, "SELECT n, build FROM derived_counts");
            assertThrows(ProjectException.class, () -> store.materialize("derived_counts", "v3",
                    "SELECT no_such_column FROM interactions", List.of()));
            assertEquals(before, rows(store, "SELECT n, build FROM derived_counts"), "a failed build keeps the table");
            assertThrows(IllegalArgumentException.class,
                    () -> store.materialize("interactions", "v1", sql, List.of("x")), "only derived_ tables");
        }
    }

    @Test
    void reopeningAProjectKeepsItsDerivedTables(@TempDir Path dir) throws Exception {
        String sql = "SELECT count(*) AS n, random() AS build FROM interactions";
        List<List<Object>> built;
        ProjectSettings settings = new ProjectSettings("kept", List.of(AccountRef.parse("x:acme")),
                List.of(StaffMember.parse("x:kim:support")), List.of(OwnedSpace.parse("reddit:r/acme")));
        try (ProjectStore store = provider.create(dir, settings)) {
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "one")));
            store.materialize("derived_counts", "v1", sql, List.of());
            built = rows(store, "SELECT n, build FROM derived_counts");
        }
        try (ProjectStore store = provider.open(dir)) {
            store.materialize("derived_counts", "v1", sql, List.of());
            assertEquals(built, rows(store, "SELECT n, build FROM derived_counts"),
                    "the settings file did not change: the next run reuses the table");
        }
    }

    @Test
    void aProjectMadeBySchemaVersionSixOpensMigratedWithItsDataAndDerivedTables(@TempDir Path dir) throws Exception {
        V1Project.create(dir, "Six", List.of(Records.post("x", "1", "alice", "kept")), 6);
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(8, store.schemaVersion());
            assertEquals(List.of(List.of("1", "kept")), rows(store, "SELECT source_id, text FROM interactions"));
            assertEquals(List.of(List.of(5L)), rows(store, "SELECT data_version FROM project_state"),
                    "the migration moves no data version");
            store.materialize("derived_counts", "v1", "SELECT 99 AS n", List.of());
            assertEquals(List.of(List.of(1L)), rows(store, "SELECT n FROM derived_counts"),
                    "the derived table built by the older build is still current");
            assertEquals(Optional.empty(), store.document("gap/expectations"));
            store.saveDocument("gap/expectations", "{\"rows\":[]}");
            assertEquals(Optional.of("{\"rows\":[]}"), store.document("gap/expectations"));
        }
    }

    @Test
    void documentsAreKeptReplacedAndReopenedWithoutMovingTheDataVersion(@TempDir Path dir) throws Exception {
        String sql = "SELECT count(*) AS n, random() AS build FROM interactions";
        List<List<Object>> built;
        try (ProjectStore store = provider.create(dir, ProjectSettings.named("docs"))) {
            importRecords(store, "a.jsonl", List.of(Records.post("x", "1", "alice", "one")));
            store.materialize("derived_counts", "v1", sql, List.of());
            built = rows(store, "SELECT n, build FROM derived_counts");
            store.saveDocument("gap/expectations", "{\"v\":1}");
            store.saveDocument("journey/assessment", "{\"stage\":2}");
            store.saveDocument("gap/expectations", "{\"v\":2}");
            store.materialize("derived_counts", "v1", sql, List.of());
            assertEquals(built, rows(store, "SELECT n, build FROM derived_counts"),
                    "a saved document is no change of the data: the derived table is not rebuilt");
            assertThrows(IllegalArgumentException.class, () -> store.saveDocument("Gap Rows", "{}"));
            assertThrows(IllegalArgumentException.class, () -> store.document("../etc"));
        }
        try (ProjectStore store = provider.open(dir)) {
            assertEquals(Optional.of("{\"v\":2}"), store.document("gap/expectations"), "the last save wins");
            assertEquals(Optional.of("{\"stage\":2}"), store.document("journey/assessment"));
            assertEquals(Optional.empty(), store.document("gap/other"));
        }
    }
}
